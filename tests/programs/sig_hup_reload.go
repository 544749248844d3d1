// Checks: SIGHUP handled with Notify as a reload trigger, several times.
//
//deferlab:signal SIGHUP@100ms SIGHUP@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	deadline := time.After(350 * time.Millisecond)
	reloads := 0
	for {
		select {
		case <-hup:
			reloads++
			fmt.Println("reloading config, generation", reloads)
		case <-deadline:
			fmt.Println("exiting after", reloads, "reloads")
			return
		}
	}
}
