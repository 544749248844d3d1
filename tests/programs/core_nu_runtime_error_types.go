// Checks: recovered runtime errors have Go's dynamic types (%T): boundsError, errorString, plainError, *TypeAssertionError.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T %v rt=%v\n", name, r, r, isRT)
	}()
	f()
}

func main() {
	try("index", func() { var a []int; i := 3; _ = a[i] })
	try("slice", func() { a := []int{1}; i := 3; _ = a[1:i] })
	try("div", func() { a, b := 1, 0; _ = a / b })
	try("nilmap", func() { var m map[int]int; m[1] = 2 })
	try("nilptr", func() { var p *struct{ x int }; _ = p.x })
	try("assert", func() { var x any = "s"; _ = x.(int) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("makechan", func() { n := -1; _ = make(chan int, n) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
}
