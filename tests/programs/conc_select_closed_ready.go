// Checks: a closed channel is always ready in a select; a loop until quit closes.
package main

import (
	"fmt"
	"time"
)

func main() {
	quit := make(chan struct{})
	work := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			work <- i
			time.Sleep(20 * time.Millisecond)
		}
		close(quit)
	}()
	for {
		select {
		case w := <-work:
			fmt.Println("work", w)
		case <-quit:
			fmt.Println("quit")
			_, ok := <-quit
			fmt.Println("closed again ready:", ok)
			return
		}
	}
}
