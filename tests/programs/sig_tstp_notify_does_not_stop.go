//deferlab:signal SIGTSTP@50ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// A SIGTSTP that os/signal wants is delivered to the channel: the process does not stop.
func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTSTP)
	start := time.Now()
	fmt.Println("got", <-c)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("slept", time.Since(start).Round(50*time.Millisecond))
}
