// Checks: when main returns, a sleeping goroutine's defers never run; exit 0.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer runs")
	go func() {
		defer fmt.Println("goroutine defer (lost)")
		fmt.Println("goroutine started")
		time.Sleep(time.Second)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main returns")
}
