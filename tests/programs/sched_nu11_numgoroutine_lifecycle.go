// Checks: runtime.NumGoroutine as goroutines start, block and finish (one P: deterministic).
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine(), runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	fmt.Println("spawned, not yet run:", runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("after Gosched, all blocked:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	time.Sleep(time.Millisecond)
	fmt.Println("after Wait:", runtime.NumGoroutine())
}
