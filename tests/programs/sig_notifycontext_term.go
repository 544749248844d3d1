// Checks: NotifyContext with SIGTERM: Cause reads "terminated signal received"; program exits 0.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"context"
	"fmt"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	fmt.Println(ctx)
	<-ctx.Done()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
}
