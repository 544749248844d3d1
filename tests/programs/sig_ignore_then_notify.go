// Checks: Notify after Ignore re-enables delivery of the signal.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signal.Ignore(syscall.SIGTERM)
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	fmt.Println("ignored:", signal.Ignored(syscall.SIGTERM))
	fmt.Println("got:", <-c)
}
