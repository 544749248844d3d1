// Checks: WithCancelCause: Err is "context canceled", Cause is the custom error; cancel(nil) gives Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	fmt.Println(context.Cause(ctx))
	cancel(errors.New("shutdown requested"))
	fmt.Println(ctx.Err())
	fmt.Println(context.Cause(ctx))
	cancel(errors.New("second cause ignored"))
	fmt.Println(context.Cause(ctx))
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(context.Cause(ctx2), context.Cause(ctx2) == context.Canceled)
	plain, c3 := context.WithCancel(context.Background())
	c3()
	fmt.Println(context.Cause(plain))
}
