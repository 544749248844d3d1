// Checks: SIGQUIT can be caught with Notify, then no dump happens.
//
//deferlab:signal SIGQUIT@100ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGQUIT)
	fmt.Println("caught:", <-c)
}
