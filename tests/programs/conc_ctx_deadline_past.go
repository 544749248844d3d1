// Checks: a deadline already in the past makes Err non-nil immediately.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel()
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done already")
	default:
		fmt.Println("not done")
	}
}
