// Checks: SIGQUIT with no handler dumps goroutines: first stderr line "SIGQUIT: quit", exit 2.
//
//deferlab:signal SIGQUIT@200ms
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("sleeping")
	time.Sleep(time.Second)
}
