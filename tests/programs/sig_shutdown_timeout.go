// Checks: on SIGTERM, a shutdown bounded by a context timeout gives up and exits with status 1.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	<-c
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	finished := make(chan struct{})
	go func() {
		time.Sleep(500 * time.Millisecond)
		close(finished)
	}()
	select {
	case <-finished:
		fmt.Println("clean shutdown")
	case <-ctx.Done():
		fmt.Println("shutdown timed out:", ctx.Err())
		os.Exit(1)
	}
}
