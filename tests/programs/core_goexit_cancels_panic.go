// Checks: Goexit called in a deferred function during a panic cancels the panic; the program lives.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer runtime.Goexit()
		defer fmt.Println("goroutine defer runs")
		panic("cancelled by Goexit")
	}()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main still alive")
}
