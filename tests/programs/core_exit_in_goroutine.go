// Checks: os.Exit from a goroutine ends the process at once; main's defers don't run.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("main defer (never printed)")
	go func() {
		defer fmt.Println("goroutine defer (never printed)")
		fmt.Println("goroutine calls os.Exit(4)")
		os.Exit(4)
	}()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("not reached")
}
