// Checks: a process can signal itself with syscall.Kill; with Notify it receives the signal.
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
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		fmt.Println("kill failed:", err)
	}
	fmt.Println("received:", <-c)
}
