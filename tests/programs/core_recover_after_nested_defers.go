package main

import "fmt"

// A deferred call that first calls a function with defers of its own can still recover.
func helper() {
	defer fmt.Println("helper's defer runs")
}

func main() {
	defer func() {
		helper()
		fmt.Println("recovered:", recover())
	}()
	panic("x")
}
