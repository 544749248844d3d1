// Checks: waiting on a Notify channel for a signal that never comes hangs (no deadlock error).
//
//deferlab:max-time 1s
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	fmt.Println("waiting for SIGTERM")
	<-c
	fmt.Println("never printed")
}
