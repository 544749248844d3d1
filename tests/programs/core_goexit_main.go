// Checks: Goexit in main runs main's defers, lets others finish, then "no goroutines" deadlock.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(30 * time.Millisecond)
			fmt.Println("worker tick", i)
		}
	}()
	defer fmt.Println("main's defer runs on Goexit")
	runtime.Goexit()
}
