// Checks: os.FindProcess(os.Getpid()) + p.Signal(os.Interrupt) delivers SIGINT to itself.
package main

import (
	"fmt"
	"os"
	"os/signal"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	p, err := os.FindProcess(os.Getpid())
	fmt.Println("found:", err == nil, p.Pid == os.Getpid())
	fmt.Println("signal error:", p.Signal(os.Interrupt))
	fmt.Println("received:", <-c)
}
