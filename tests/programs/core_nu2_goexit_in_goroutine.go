// Checks: runtime.Goexit in a goroutine runs its defers and lets main go on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("worker", id, "deferred")
	if id == 2 {
		runtime.Goexit()
	}
	fmt.Println("worker", id, "finished")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg)
		wg.Wait()
	}
	fmt.Println("main done")
}
