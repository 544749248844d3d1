// Checks: every channel registered for a signal receives its own copy.
//
//deferlab:signal SIGUSR1@100ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	a := make(chan os.Signal, 1)
	b := make(chan os.Signal, 1)
	signal.Notify(a, syscall.SIGUSR1)
	signal.Notify(b, syscall.SIGUSR1, syscall.SIGUSR2)
	fmt.Println("a:", <-a)
	fmt.Println("b:", <-b)
}
