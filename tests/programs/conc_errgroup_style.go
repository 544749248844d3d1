// Checks: first error wins via a buffered error channel and a cancelled context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			select {
			case <-time.After(time.Duration(i) * 40 * time.Millisecond):
				if i == 2 {
					cancel(fmt.Errorf("task %d failed", i))
				}
			case <-ctx.Done():
			}
		}()
	}
	wg.Wait()
	fmt.Println(context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.Canceled))
}
