// Checks: after Goexit in main, another goroutine's os.Exit decides the status.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("worker exits the process")
		os.Exit(7)
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
}
