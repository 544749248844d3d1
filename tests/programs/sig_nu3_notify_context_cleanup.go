// Checks: NotifyContext stops a ticker loop on SIGTERM; deferred cleanup runs in order.
//
//deferlab:signal SIGTERM@100ms
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
			// how many ticks fit before the signal depends on timing; that some did does not
			fmt.Println("stopping, ticked:", n > 0, ctx.Err(), context.Cause(ctx))
			return
		case <-tk.C:
			n++
		}
	}
}
