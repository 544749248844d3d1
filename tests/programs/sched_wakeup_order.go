// Checks: with one P, receivers queue in the order they blocked and woken goroutines go through runnext.
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	done := make(chan bool)
	for id := 0; id < 3; id++ {
		go func() {
			v := <-c
			fmt.Println("g", id, "got", v)
			done <- true
		}()
	}
	time.Sleep(20 * time.Millisecond)
	for v := 1; v <= 3; v++ {
		c <- v
	}
	for i := 0; i < 3; i++ {
		<-done
	}
}
