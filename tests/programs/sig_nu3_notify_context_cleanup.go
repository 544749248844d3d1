// Checks: NotifyContext stops a ticker loop on SIGTERM; deferred cleanup runs in order.
//
//deferlab:signal SIGTERM@35ms
package main

import (
	"context"
	"fmt"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	defer fmt.Println("cleanup: flush logs")
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			fmt.Println("stopping after", n, "ticks:", ctx.Err(), context.Cause(ctx))
			return
		case <-tk.C:
			n++
		}
	}
}
