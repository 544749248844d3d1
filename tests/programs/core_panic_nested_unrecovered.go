// Checks: a panic inside a deferred call during a panic prints both, later ones tab-indented.
package main

import "fmt"

func main() {
	defer func() {
		panic("third")
	}()
	defer func() {
		fmt.Println("deferred sees panic in progress")
		panic("second")
	}()
	panic("first")
}
