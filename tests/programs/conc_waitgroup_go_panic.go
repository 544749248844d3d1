// Checks: a panic inside wg.Go's function crashes with [recovered, repanicked].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		defer fmt.Println("task defer runs")
		panic("task panicked")
	})
	wg.Wait()
	fmt.Println("not reached")
}
