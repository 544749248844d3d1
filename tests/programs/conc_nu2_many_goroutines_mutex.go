// Checks: 5000 goroutines incrementing under a mutex, with defers, all finish.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var deferred atomic.Int32
	total := 0
	for i := 0; i < 5000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer deferred.Add(1)
			mu.Lock()
			defer mu.Unlock()
			total += i
		}()
	}
	wg.Wait()
	fmt.Println(total, deferred.Load())
}
