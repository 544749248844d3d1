// Checks: an unbuffered Notify channel with nobody receiving drops the signal; the program lives.
//
//deferlab:signal SIGUSR1@100ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal)
	signal.Notify(c, syscall.SIGUSR1)
	time.Sleep(300 * time.Millisecond)
	select {
	case s := <-c:
		fmt.Println("received", s)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("signal was dropped")
	}
}
