// Checks: SIGTERM with no handler kills the program (143); no defers run.
//
//deferlab:signal SIGTERM@200ms
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("working")
	time.Sleep(time.Second)
	fmt.Println("finished (never printed)")
}
