// Checks: with two Ps, a spinning goroutine does not stop main even with asyncpreemptoff.
//
//deferlab:gomaxprocs 2
//deferlab:asyncpreemptoff
//deferlab:max-time 2s
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main runs on the other P")
}
