// Checks: an unbuffered send with no receiver is a deadlock.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending with nobody receiving")
	c <- 1
	fmt.Println("not reached")
}
