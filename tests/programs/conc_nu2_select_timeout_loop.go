// Checks: a worker loop with select over work, a quit channel and a timeout.
package main

import (
	"fmt"
	"time"
)

func main() {
	work := make(chan int)
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case w := <-work:
				fmt.Println("work", w)
			case <-quit:
				fmt.Println("quit")
				return
			case <-time.After(30 * time.Millisecond):
				fmt.Println("idle")
			}
		}
	}()
	for i := 1; i <= 2; i++ {
		work <- i
	}
	time.Sleep(45 * time.Millisecond)
	close(quit)
	<-done
	fmt.Println("main exits")
}
