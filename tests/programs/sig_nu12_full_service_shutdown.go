// Checks: a whole service: workers pull jobs, SIGTERM cancels the root context, workers finish
// the job in hand, the queue is drained into a report, cleanup runs in reverse order.
//
//deferlab:signal SIGTERM@60ms
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"
	"time"
)

type result struct {
	worker, job int
}

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			time.Sleep(10 * time.Millisecond) // the job in hand always completes
			results <- result{id, j}
		}
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer fmt.Println("cleanup 1: close database")
	defer fmt.Println("cleanup 2: flush metrics")
	jobs := make(chan int, 100)
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, results, &wg)
	}
	<-ctx.Done()
	fmt.Println("shutdown:", context.Cause(ctx))
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
		fmt.Println("workers stopped")
	case <-time.After(time.Second):
		fmt.Println("workers stuck")
	}
	close(results)
	n := 0
	for range results {
		n++
	}
	left := len(jobs)
	fmt.Println("processed + left = 20:", n+left == 20, "some left:", left > 0)
	var ids []int
	for w := 1; w <= 2; w++ {
		ids = append(ids, w)
	}
	sort.Ints(ids)
	fmt.Println("workers", ids)
}
