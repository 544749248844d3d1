package main

import (
	"fmt"
	"math/rand"
	"sync"
)

func main() {
	r := rand.New(rand.NewSource(42))
	jobs := make([]int, 5)
	for i := range jobs {
		jobs[i] = r.Intn(100)
	}
	var wg sync.WaitGroup
	out := make([]int, len(jobs))
	for i, j := range jobs {
		wg.Add(1)
		go func() { defer wg.Done(); out[i] = j * 2 }()
	}
	wg.Wait()
	fmt.Println(jobs, out)
}
