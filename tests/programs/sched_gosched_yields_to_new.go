// Checks: with one P, a new goroutine runs only when main blocks or yields.
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go fmt.Println("goroutine runs")
	fmt.Println("main before yield")
	runtime.Gosched()
	fmt.Println("main after yield")
}
