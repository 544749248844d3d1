// Checks: workers stop when their context is cancelled and report how they ended.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out []string) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out[id] = fmt.Sprintf("worker %d: %v", id, ctx.Err())
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	out := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	time.Sleep(70 * time.Millisecond)
	cancel()
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
