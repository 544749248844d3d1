// Checks: closing a channel wakes every waiting receiver; a nil channel case is never chosen.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var order []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(order)
	fmt.Println(order)
	var never chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}
	v, ok := <-start
	fmt.Println(v, ok)
}
