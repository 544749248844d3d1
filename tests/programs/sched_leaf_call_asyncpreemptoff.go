// Checks: with asyncpreemptoff, a loop calling a small leaf function has no preemption point (timeout).
//
//deferlab:gomaxprocs 1
//deferlab:asyncpreemptoff
//deferlab:max-time 1s
package main

import (
	"fmt"
	"time"
)

//go:noinline
func leaf(x int) int { return x*3 + 1 }

func main() {
	go func() {
		x := 0
		for {
			x = leaf(x)
		}
	}()
	fmt.Println("main sleeps 10ms")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed (never printed)")
}
