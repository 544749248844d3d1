// Checks: first error wins and cancels the rest (an errgroup written by hand).
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel context.CancelFunc
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	g := &group{cancel: cancel}
	results := make([]string, 3)
	for i, d := range []time.Duration{30, 10, 50} {
		g.Go(func() error {
			select {
			case <-time.After(d * time.Millisecond):
				if i == 1 {
					return fmt.Errorf("task %d: %w", i, errors.ErrUnsupported)
				}
				results[i] = "done"
				return nil
			case <-ctx.Done():
				results[i] = "cancelled"
				return ctx.Err()
			}
		})
	}
	g.wg.Wait()
	fmt.Println(g.err, errors.Is(g.err, errors.ErrUnsupported))
	fmt.Println(results)
}
