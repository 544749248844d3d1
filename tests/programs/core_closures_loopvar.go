// Checks: Go 1.22 per-iteration loop variables: closures and goroutines capture each iteration's value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, v := range []string{"a", "b", "c"} {
		fs = append(fs, func() { fmt.Print(v, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}
