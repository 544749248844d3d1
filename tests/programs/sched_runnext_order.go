// Checks: with one P, five go statements then wg.Wait print 4 0 1 2 3 (last one via runnext, rest FIFO).
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	wg.Wait()
}
