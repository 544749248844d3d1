package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// The seed article's stress test: each goroutine counts in a deferred closure, sleeps, and
// calls wg.Done() *before* its deferred call runs.  Go still prints 1000: the goroutine that
// wakes main keeps its P for the few nanoseconds its deferred call needs, because another P
// may take main from that P's runnext only after a 3 µs back-off (runqgrab).
func main() {
	var wg sync.WaitGroup
	counter := new(int64)
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer func() {
				atomic.AddInt64(counter, 1)
			}()
			time.Sleep(time.Microsecond)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(counter))
}
