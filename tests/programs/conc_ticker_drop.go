// Checks: a slow reader of a Ticker finds at most one pending tick; missed ticks are dropped.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(20 * time.Millisecond)
	defer tk.Stop()
	time.Sleep(150 * time.Millisecond)
	n := 0
	for {
		select {
		case <-tk.C:
			n++
			continue
		default:
		}
		break
	}
	fmt.Println("pending ticks after 150ms:", n)
}
