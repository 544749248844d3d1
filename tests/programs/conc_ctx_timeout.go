// Checks: WithTimeout ends with DeadlineExceeded; errors.Is and Timeout() work.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func work(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("work aborted: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", work(ctx, 10*time.Millisecond))
	err := work(ctx, 200*time.Millisecond)
	fmt.Println("slow:", err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled))
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te) && te.Timeout())
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)
}
