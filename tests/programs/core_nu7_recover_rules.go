// Checks: recover works only when called directly by a deferred function.
package main

import "fmt"

func helper() any { return recover() }

func direct() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("direct recovered: ", r)
		}
	}()
	panic("one")
}

func viaHelper() (msg string) {
	defer func() {
		msg = fmt.Sprint("helper got: ", helper())
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("re-panic after ", r))
		}
	}()
	panic("two")
}

func deferredRecoverCall() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer: ", r)
	}()
	defer recover()
	panic("three")
}

func main() {
	fmt.Println(direct())
	fmt.Println(deferredRecoverCall())
	defer func() { fmt.Println("main recovered:", recover()) }()
	fmt.Println(viaHelper())
}
