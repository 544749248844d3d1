// Checks: sending on a closed channel panics.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("closed; now sending")
	c <- 1
}
