package main

import "fmt"

// A deferred call divides by zero while the same runtime error unwinds: Go raises both with its
// one shared divideError value, and two adjacent panics with the very same value print as one.
func divide(a, b int) int { return a / b }

func main() {
	defer func() {
		fmt.Println("the deferred call divides by zero too")
		fmt.Println(divide(2, 0))
	}()
	fmt.Println(divide(1, 0))
}
