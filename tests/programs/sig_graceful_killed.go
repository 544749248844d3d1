// Checks: a cleanup slower than the grace period is cut off by SIGKILL (137) mid-way.
//
//deferlab:signal SIGTERM@100ms SIGKILL@300ms
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
	defer fmt.Println("deferred (never printed)")
	<-c
	fmt.Println("SIGTERM: draining")
	for i := 1; i <= 5; i++ {
		time.Sleep(80 * time.Millisecond)
		fmt.Println("drained batch", i)
	}
	fmt.Println("drain complete (never printed)")
}
