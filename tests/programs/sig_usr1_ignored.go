// Checks: SIGUSR1 without Notify is caught and ignored by the Go runtime; the program finishes.
//
//deferlab:signal SIGUSR1@100ms
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred runs at normal exit")
	time.Sleep(300 * time.Millisecond)
	fmt.Println("still alive after SIGUSR1")
}
