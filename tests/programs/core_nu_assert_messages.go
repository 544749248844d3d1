// Checks: interface-conversion panic texts: a named empty interface, a nil asserted to an interface type, a library error's type.
package main

import (
	"errors"
	"fmt"
)

type Any interface{}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() { var a Any = 1; _ = a.(string) })
	try(func() { var a Any; _ = a.(string) })
	try(func() { var x any; _ = x.(fmt.Stringer) })
	try(func() { var e error; _ = e.(interface{ Foo() }) })
	try(func() { var e error = errors.New("x"); _ = e.(fmt.Stringer) })
}
