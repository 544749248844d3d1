// Checks: signal.Reset undoes Notify: SIGTERM kills again (143).
//
//deferlab:signal SIGTERM@100ms
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
	signal.Reset(syscall.SIGTERM)
	fmt.Println("reset; sleeping")
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
