// Checks: signal.Ignore(SIGTERM) makes SIGTERM harmless and Ignored reports it.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"fmt"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	fmt.Println("ignored before:", signal.Ignored(syscall.SIGTERM))
	signal.Ignore(syscall.SIGTERM)
	fmt.Println("ignored after:", signal.Ignored(syscall.SIGTERM))
	time.Sleep(300 * time.Millisecond)
	fmt.Println("survived SIGTERM")
}
