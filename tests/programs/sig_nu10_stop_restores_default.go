// Checks: after signal.Stop the default action is back: SIGTERM kills the process (143).
//
//deferlab:signal SIGTERM@100ms SIGTERM@250ms
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
	fmt.Println("caught:", <-c)
	signal.Stop(c)
	fmt.Println("handler removed; next SIGTERM uses the default action")
	defer fmt.Println("never printed")
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
