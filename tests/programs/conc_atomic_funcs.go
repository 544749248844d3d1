// Checks: atomic Add/Load/Store/Swap/CompareAndSwap functions under concurrency.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 1), flag)
	old := atomic.SwapInt64(&n, 5)
	atomic.StoreInt64(&n, atomic.LoadInt64(&n)*2)
	fmt.Println(old, n)
	var u uint32 = 10
	atomic.AddUint32(&u, ^uint32(0))
	fmt.Println(u)
}
