// Checks: after main's Goexit a worker takes the signal and exits; os/signal still keeps the
// process alive, so it waits instead of reporting "no goroutines".
//
//deferlab:signal SIGTERM@50ms
//deferlab:max-time 1s
package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	go func() {
		s := <-c
		fmt.Println("worker got", s)
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker exits")
	}()
	defer fmt.Println("main defer runs on Goexit")
	runtime.Goexit()
}
