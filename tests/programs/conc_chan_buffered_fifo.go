// Checks: a buffered channel is FIFO and a send blocks only when the buffer is full.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		c <- i * 10
		fmt.Println("sent", i*10, "len", len(c))
	}
	select {
	case c <- 40:
		fmt.Println("unexpected")
	default:
		fmt.Println("buffer full, send would block")
	}
	for i := 0; i < 3; i++ {
		fmt.Println("got", <-c)
	}
}
