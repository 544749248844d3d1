// Checks: with one P, two spinning goroutines both get CPU time thanks to preemption.
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var a, b atomic.Int64
	go func() {
		for {
			a.Add(1)
		}
	}()
	go func() {
		for {
			b.Add(1)
		}
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("both ran:", a.Load() > 0, b.Load() > 0)
}
