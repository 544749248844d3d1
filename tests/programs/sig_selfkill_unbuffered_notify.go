package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// The handler runs inside Kill, but os/signal's watcher goroutine relays the signal later:
// main is already blocked receiving from the unbuffered channel by then (go vet warns about
// unbuffered signal channels; real services still write this).
func main() {
	c := make(chan os.Signal)
	signal.Notify(c, syscall.SIGUSR1)
	syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	select {
	case s := <-c:
		fmt.Println("got", s)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("signal lost")
	}
}
