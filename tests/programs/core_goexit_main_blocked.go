// Checks: Goexit in main with the remaining goroutine blocked forever gives the ordinary deadlock.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		c := make(chan int)
		fmt.Println("worker blocks")
		<-c
	}()
	runtime.Goexit()
}
