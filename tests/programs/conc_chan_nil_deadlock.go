// Checks: receiving from a nil channel blocks forever: deadlock.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("receiving from nil channel")
	<-c
}
