package main

import "fmt"

// Only the deferred call that the panic itself runs may recover: a function it calls has
// deferred calls of its own, run by that function's return, and their recover returns nil.
func helper() {
	defer func() {
		fmt.Println("helper's deferred call recovers:", recover())
	}()
	fmt.Println("helper runs")
}

func main() {
	defer func() {
		helper()
		fmt.Println("main's deferred call recovers:", recover())
	}()
	panic("boom")
}
