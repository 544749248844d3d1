// Checks: a panic in init() crashes before main runs.
package main

import "fmt"

func init() {
	fmt.Println("init runs first")
	panic("init failed")
}

func main() {
	fmt.Println("main (never printed)")
}
