// Checks: RWMutex allows several readers at once; a writer waits for them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
			time.Sleep(100 * time.Millisecond)
		}()
	}
	time.Sleep(20 * time.Millisecond)
	rw.Lock()
	fmt.Println("writer got the lock after readers:", time.Since(start) >= 100*time.Millisecond)
	fmt.Println("readers overlapped:", time.Since(start) < 250*time.Millisecond)
	rw.Unlock()
	wg.Wait()
}
