// Checks: stopping one of two Notify channels leaves the other receiving.
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
	a := make(chan os.Signal, 1)
	b := make(chan os.Signal, 1)
	signal.Notify(a, syscall.SIGTERM)
	signal.Notify(b, syscall.SIGTERM)
	signal.Stop(a)
	fmt.Println("b got:", <-b)
	select {
	case s := <-a:
		fmt.Println("a got", s)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("a got nothing")
	}
}
