// Checks: before stop() is called, a second SIGINT is swallowed by NotifyContext's registration.
//
//deferlab:signal SIGINT@100ms SIGINT@200ms
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	<-ctx.Done()
	fmt.Println("first interrupt:", context.Cause(ctx))
	time.Sleep(300 * time.Millisecond)
	fmt.Println("second interrupt was swallowed")
}
