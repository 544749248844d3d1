// Checks: Wait with a counter that never reaches zero is a deadlock report naming the wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			if i == 1 {
				return // forgot wg.Done()
			}
			defer wg.Done()
		}()
	}
	fmt.Println("waiting for 3 workers")
	wg.Wait()
	fmt.Println("unreachable")
}
