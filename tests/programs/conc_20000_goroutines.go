// Checks: 20,000 goroutines each send one value; all values arrive.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 20000
	var wg sync.WaitGroup
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i
		}()
	}
	wg.Wait()
	close(results)
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println("received", count, "sum", sum)
}
