// Checks: after signal.Stop, a receive on the old channel still hangs rather than deadlocking.
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
	signal.Stop(c)
	fmt.Println("stopped; waiting anyway")
	<-c
}
