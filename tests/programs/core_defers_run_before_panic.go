// Checks: the panicking goroutine's defers run (and print) before the panic crashes the program.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	fmt.Println("about to panic")
	panic("boom")
}
