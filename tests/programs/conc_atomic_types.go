// Checks: atomic.Int64, Bool, Value and Pointer types.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)


func main() {
	var hits atomic.Int64
	var ready atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Add(2)
		}()
	}
	wg.Wait()
	ready.Store(true)
	fmt.Println(hits.Load(), ready.Load())
	fmt.Println(hits.CompareAndSwap(20, 1), hits.Swap(7), hits.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("config-v1")
	fmt.Println(v.Load())
	var c atomic.Int32
	c.Add(-5)
	fmt.Println(c.Load())
}
