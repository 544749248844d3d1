// Checks: with asyncpreemptoff, a loop calling a non-leaf function is preempted cooperatively at its prologue.
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

//go:noinline
func work(x int) int {
	var buf [8]int
	buf[x&7] = x
	return leaf(buf[(x+1)&7] + x)
}

func main() {
	go func() {
		x := 0
		for {
			x = work(x)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed: the call's stack check let the scheduler in")
}
