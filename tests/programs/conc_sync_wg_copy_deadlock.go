package main

import (
	"fmt"
	"sync"
)

// The classic bug: the WaitGroup is passed by value, so Done decrements a copy.
func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		worker(i, wg)
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("never printed")
}
