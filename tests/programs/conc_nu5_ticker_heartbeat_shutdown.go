// Checks: a heartbeat goroutine and a graceful stop with a deadline and ordered cleanup.
package main

import (
	"fmt"
	"time"
)

func main() {
	stop := make(chan struct{})
	stopped := make(chan struct{})
	beats := 0
	go func() {
		defer close(stopped)
		defer fmt.Println("heartbeat: deferred cleanup")
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				beats++
			case <-stop:
				fmt.Println("heartbeat: stop requested")
				return
			}
		}
	}()
	time.Sleep(110 * time.Millisecond)
	close(stop)
	select {
	case <-stopped:
		fmt.Println("stopped cleanly, beats > 3:", beats > 3)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
}
