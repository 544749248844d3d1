//deferlab:title Stress test: 10k goroutines, every defer runs once
//deferlab:topic stress
//deferlab:seed-section 4.4
//deferlab:chart waitgroup-done
//deferlab:notice-en Each of the 10000 goroutines defers wg.Done() and then an atomic increment; LIFO order runs the increment first.
//deferlab:notice-en So when wg.Wait() returns, every increment has happened: the count is exactly 10000, run after run.
//deferlab:notice-en Defers are per goroutine and run exactly once, however many goroutines there are.
//deferlab:notice-zh 10000 个 goroutine 各自先 defer wg.Done(),再 defer 一次原子加法;按 LIFO 顺序,加法先执行。
//deferlab:notice-zh 因此 wg.Wait() 返回时所有加法都已完成:每次运行计数都恰好是 10000。
//deferlab:notice-zh defer 属于各自的 goroutine,并且恰好执行一次,无论 goroutine 有多少。
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var deferred int64

	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()                     // runs second
			defer atomic.AddInt64(&deferred, 1) // runs first
			time.Sleep(time.Microsecond)
		}()
	}

	wg.Wait()
	fmt.Printf("goroutines started: %d\n", n)
	fmt.Printf("deferred increments: %d\n", atomic.LoadInt64(&deferred))
}
