// Checks: a service shuts components down in reverse start order with a per-step timeout.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type component struct {
	name string
	stop time.Duration
}

func (c component) Shutdown(ctx context.Context) error {
	select {
	case <-time.After(c.stop):
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", c.name, ctx.Err())
	}
}

func main() {
	comps := []component{{"db", 10 * time.Millisecond}, {"cache", 5 * time.Millisecond},
		{"http", 80 * time.Millisecond}}
	var errs []error
	start := time.Now()
	for i := len(comps) - 1; i >= 0; i-- {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
		err := comps[i].Shutdown(ctx)
		cancel()
		fmt.Println("stopped", comps[i].name, err)
		if err != nil {
			errs = append(errs, err)
		}
	}
	err := errors.Join(errs...)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), time.Since(start) < 100*time.Millisecond)
}
