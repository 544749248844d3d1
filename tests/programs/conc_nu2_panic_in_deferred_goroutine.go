// Checks: a panic in one goroutine's deferred call, recovered by an earlier defer.
package main

import (
	"errors"
	"fmt"
	"sync"
)

var errClosed = errors.New("closed")

func closeIt(i int) {
	if i%2 == 0 {
		panic(fmt.Errorf("close %d: %w", i, errClosed))
	}
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					err := r.(error)
					results[i] = fmt.Sprintf("%d recovered: %v (closed=%t)", i, err, errors.Is(err, errClosed))
				}
			}()
			defer closeIt(i)
			results[i] = fmt.Sprintf("%d ok", i)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
