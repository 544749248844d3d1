// Checks: WithTimeoutCause: Err is DeadlineExceeded, Cause is the custom error.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeoutCause(context.Background(), 30*time.Millisecond, errors.New("db too slow"))
	defer cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), time.Hour, errors.New("unused"))
	cancel2()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
