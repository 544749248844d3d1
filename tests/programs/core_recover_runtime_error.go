// Checks: a recovered runtime panic is a runtime.Error and an error with the message text.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println(name, ok, re.Error())
	}()
	f()
}

func main() {
	var s []int
	var m map[string]int
	var p *int
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { x := []int{1, 2}; k := 3; _ = x[:k] })
	try("nilmap", func() { m["a"] = 1 })
	try("deref", func() { _ = *p })
	try("div", func() { _ = 1 / zero })
	try("assert", func() { var v any = 1; _ = v.(string) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
}
