// Checks: a worker pool drains its queue, then stops on context cancellation; results ordered.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("worker %d stop: %v", id, ctx.Err())
			return
		case j, ok := <-jobs:
			if !ok {
				out <- fmt.Sprintf("worker %d: queue closed", id)
				return
			}
			time.Sleep(time.Duration(j) * time.Millisecond)
			out <- fmt.Sprintf("job %d done", j)
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 35*time.Millisecond)
	defer cancel()
	jobs := make(chan int, 10)
	out := make(chan string, 20)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, out, &wg)
	}
	for _, j := range []int{5, 10, 15, 50, 60} {
		jobs <- j
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
