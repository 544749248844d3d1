package main

import (
	"context"
	"fmt"
)

// A struct that embeds a nil context.Context: calling through it is a nil dereference, and so
// is context.AfterFunc or context.Cause on a nil Context (only the With* constructors check for
// a nil parent themselves).
type server struct {
	context.Context
	name string
}

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	s := server{name: "api"}
	try("Err on embedded nil", func() { _ = s.Err() })
	try("Cause(nil)", func() { _ = context.Cause(nil) })
	try("AfterFunc(nil)", func() { context.AfterFunc(nil, func() {}) })
	try("WithCancel(nil)", func() { context.WithCancel(nil) })
	try("WithCancel(embedded nil)", func() { context.WithCancel(s) })
}
