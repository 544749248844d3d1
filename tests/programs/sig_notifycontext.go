// Checks: NotifyContext cancels on the first SIGINT; after stop() a second SIGINT kills (130).
//
//deferlab:signal SIGINT@100ms SIGINT@300ms
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
	fmt.Println("running; Ctrl-C to stop")
	<-ctx.Done()
	fmt.Println("ctx.Err:", ctx.Err())
	fmt.Println("cause:", context.Cause(ctx))
	stop()
	fmt.Println("graceful shutdown; press Ctrl-C again to force")
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
