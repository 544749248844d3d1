// Checks: with asyncpreemptoff, a loop that calls runtime.Gosched lets main resume.
//
//deferlab:gomaxprocs 1
//deferlab:asyncpreemptoff
//deferlab:max-time 1s
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed: Gosched yields")
}
