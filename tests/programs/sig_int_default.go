// Checks: SIGINT (Ctrl-C) with no handler kills the program (130).
//
//deferlab:signal SIGINT@200ms
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("press Ctrl-C")
	time.Sleep(time.Second)
}
