// Checks: a runtime error in a goroutine with no defers ends the process with exit 2.
package main

import (
	"fmt"
	"time"
)

func pick(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	go func() {
		fmt.Println("picked", pick(xs, 5))
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
