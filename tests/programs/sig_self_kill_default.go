// Checks: syscall.Kill of itself with SIGTERM and no handler kills the process (143), defers lost.
package main

import (
	"fmt"
	"syscall"
	"time"
)

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("sending SIGTERM to myself")
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM)
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
