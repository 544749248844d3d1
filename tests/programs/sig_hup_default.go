// Checks: SIGHUP with no handler kills the program (129).
//
//deferlab:signal SIGHUP@200ms
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("running")
	time.Sleep(time.Second)
}
