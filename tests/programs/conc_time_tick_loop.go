// Checks: a worker loop with a ticker and a quit channel stops cleanly.
package main

import (
	"fmt"
	"time"
)

func main() {
	quit := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tk := time.NewTicker(40 * time.Millisecond)
		defer tk.Stop()
		n := 0
		for {
			select {
			case <-tk.C:
				n++
				fmt.Println("heartbeat", n)
			case <-quit:
				fmt.Println("worker quitting after", n)
				return
			}
		}
	}()
	time.Sleep(140 * time.Millisecond)
	close(quit)
	<-stopped
}
