// Checks: with one P, goroutines that call Gosched interleave in queue order.
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var out []string
	for _, name := range []string{"A", "B", "C"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				out = append(out, fmt.Sprint(name, i))
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " "))
}
