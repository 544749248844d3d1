//deferlab:signal SIGSTOP@50ms SIGCONT@150ms
package main

import (
	"fmt"
	"time"
)

// A ticker does not catch up after a stop: one tick at SIGCONT, then back on its 20ms grid.
func main() {
	start := time.Now()
	t := time.NewTicker(20 * time.Millisecond)
	defer t.Stop()
	for i := 0; i < 5; i++ {
		<-t.C
		d := time.Since(start)
		if i == 2 { // when the signal arrives varies by a few ms
			fmt.Println("tick at SIGCONT, late:", d > 100*time.Millisecond)
			continue
		}
		fmt.Println("tick", d.Round(10*time.Millisecond))
	}
}
