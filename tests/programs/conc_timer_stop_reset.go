// Checks: Go 1.23 timers: cap(C) is 0; Stop after expiry without receive returns true and leaves nothing stale.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(20 * time.Millisecond)
	fmt.Println("cap", cap(t.C))
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stop after expiry:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("nothing stale")
	}
	fmt.Println("reset:", t.Reset(30*time.Millisecond))
	start := time.Now()
	<-t.C
	fmt.Println("waited full new duration:", time.Since(start) >= 30*time.Millisecond)
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop())
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("fired after reset")
}
