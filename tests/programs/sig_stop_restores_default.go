// Checks: after signal.Stop the default action returns: the second SIGTERM kills (143).
//
//deferlab:signal SIGTERM@100ms SIGTERM@300ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	fmt.Println("first:", <-c)
	signal.Stop(c)
	fmt.Println("stopped relaying; sleeping")
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
