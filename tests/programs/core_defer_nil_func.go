// Checks: deferring a nil func panics only when the deferred call runs.
package main

import "fmt"

func f() {
	var g func()
	defer g()
	fmt.Println("defer of nil func registered, no panic yet")
}

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	f()
	fmt.Println("not reached")
}
