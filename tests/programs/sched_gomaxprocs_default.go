// Checks: without a directive the program runs with GOMAXPROCS 2 (the simulator's default).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
}
