// Checks: `go f()` with a nil func is a fatal error.
package main

import "fmt"

func main() {
	var f func()
	fmt.Println("starting nil goroutine")
	go f()
}
