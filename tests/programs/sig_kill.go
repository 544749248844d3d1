// Checks: SIGKILL cannot be caught: Notify on it has no effect; status 137.
//
//deferlab:signal SIGKILL@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGKILL)
	defer fmt.Println("deferred (never printed)")
	fmt.Println("waiting for SIGKILL")
	s := <-c
	fmt.Println("caught (never printed)", s)
}
