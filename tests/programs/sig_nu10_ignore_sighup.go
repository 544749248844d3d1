// Checks: an ignored SIGHUP does nothing; Ignored reports it; SIGTERM is then caught.
//
//deferlab:signal SIGHUP@100ms SIGTERM@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	signal.Ignore(syscall.SIGHUP)
	fmt.Println("SIGHUP ignored:", signal.Ignored(syscall.SIGHUP))
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	s := <-c
	fmt.Println("got", s, "as", int(s.(syscall.Signal)))
}
