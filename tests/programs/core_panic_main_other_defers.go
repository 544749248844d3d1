// Checks: when main panics, a blocked goroutine's defers do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("other goroutine defer (never printed)")
		time.Sleep(time.Second)
	}()
	time.Sleep(50 * time.Millisecond)
	defer fmt.Println("main defer")
	panic("main panics")
}
