// Checks: goroutines started with go and ordered by well-separated sleeps.
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 3; i >= 1; i-- {
		go func() {
			time.Sleep(time.Duration(i) * 30 * time.Millisecond)
			fmt.Println("woke", i)
		}()
	}
	fmt.Println("main waits")
	time.Sleep(150 * time.Millisecond)
	fmt.Println("main done")
}
