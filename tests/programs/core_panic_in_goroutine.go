// Checks: a panic in another goroutine kills the program; its own defers run, main's do not.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main defer (never printed)")
	go func() {
		defer fmt.Println("goroutine defer")
		panic("boom in goroutine")
	}()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("not reached")
}
