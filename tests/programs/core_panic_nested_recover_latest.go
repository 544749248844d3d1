// Checks: when a deferred call panics during a panic, recover returns the newest panic value.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
