// Checks: runtime.NumGoroutine counts main plus running goroutines.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	done := make(chan struct{})
	for i := 0; i < 3; i++ {
		go func() { <-done }()
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("with 3 blocked:", runtime.NumGoroutine())
	close(done)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("after close:", runtime.NumGoroutine())
}
