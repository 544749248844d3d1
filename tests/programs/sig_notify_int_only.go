// Checks: Notify for SIGINT only: a SIGTERM still kills the program (143).
//
//deferlab:signal SIGTERM@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	defer fmt.Println("deferred (never printed)")
	fmt.Println("waiting for Ctrl-C")
	<-c
	fmt.Println("interrupted (never printed)")
}
