// Checks: a sender blocked on a channel panics "send on closed channel" when it is closed (recovered).
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() { fmt.Println("sender recovered:", recover()) }()
		c <- 1
	}()
	time.Sleep(50 * time.Millisecond)
	close(c)
	<-done
	fmt.Println("main done")
}
