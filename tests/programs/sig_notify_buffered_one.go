// Checks: a buffer-1 Notify channel keeps only one of three signals sent while the program is busy.
//
//deferlab:signal SIGUSR1@100ms SIGUSR1@200ms SIGUSR1@300ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	time.Sleep(500 * time.Millisecond)
	n := 0
	for {
		select {
		case <-c:
			n++
			continue
		case <-time.After(50 * time.Millisecond):
		}
		break
	}
	fmt.Println("received", n, "of 3")
}
