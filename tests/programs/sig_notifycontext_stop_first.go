// Checks: stop() before any signal cancels the context and restores the default: SIGINT then kills.
//
//deferlab:signal SIGINT@100ms
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
	stop()
	fmt.Println(ctx.Err(), "|", context.Cause(ctx))
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
