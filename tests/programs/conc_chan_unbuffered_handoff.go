// Checks: an unbuffered send completes only when a receiver arrives.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string)
	done := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("receiver ready")
		done <- <-c
	}()
	start := time.Now()
	fmt.Println("sending")
	c <- "hello"
	fmt.Println("send completed after the receiver arrived:", time.Since(start) >= 50*time.Millisecond)
	fmt.Println("received:", <-done)
}
