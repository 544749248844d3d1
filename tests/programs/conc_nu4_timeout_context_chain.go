// Checks: a deadline on a parent bounds a child with a longer timeout; Err and Deadline texts.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func query(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("query: %w", ctx.Err())
	}
}

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	child, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("same deadline:", pd.Equal(cd))
	start := time.Now()
	err := query(child, 50*time.Millisecond)
	took := time.Since(start)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), took > 15*time.Millisecond && took < 45*time.Millisecond)
	fmt.Println(query(context.Background(), 5*time.Millisecond))
	v := context.WithValue(child, "k", 42)
	fmt.Println(v.Value("k"), v.Value("x"), v.Err())
}
