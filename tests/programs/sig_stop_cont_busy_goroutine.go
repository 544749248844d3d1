//deferlab:signal SIGSTOP@50ms SIGCONT@150ms
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

// While stopped nothing runs: a goroutine that counts in 10ms steps skips the stopped time
// (its sleeps that came due fire together at SIGCONT).
func main() {
	var n atomic.Int64
	go func() {
		for {
			time.Sleep(10 * time.Millisecond)
			n.Add(1)
		}
	}()
	time.Sleep(200 * time.Millisecond)
	c := n.Load()
	fmt.Println("ticks in 200ms with a 100ms stop, fewer than 15:", c < 15, "more than 5:", c > 5)
}
