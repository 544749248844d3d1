// Checks: a Ticker ticks at its period; Stop ends the ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(30 * time.Millisecond)
	start := time.Now()
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	el := time.Since(start)
	fmt.Println(el >= 90*time.Millisecond, el < 500*time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after stop")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("no ticks after Stop")
	}
}
