// Checks: time.After delivers once after the duration; time.Sleep(0) and negative sleeps return at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println("zero/negative sleep instant:", time.Since(start) < 20*time.Millisecond)
	t := <-time.After(50 * time.Millisecond)
	fmt.Println("after fired:", t.Sub(start) >= 50*time.Millisecond)
	timeout := time.After(130 * time.Millisecond)
	tick := 0
	for {
		select {
		case <-timeout:
			fmt.Println("timeout after", tick, "ticks")
			return
		case <-time.After(50 * time.Millisecond):
			tick++
		}
	}
}
