// Checks: with one P and asyncpreemptoff, a tight for {} loop never yields: main never resumes (timeout).
//
//deferlab:gomaxprocs 1
//deferlab:asyncpreemptoff
//deferlab:max-time 1s
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		for {
		}
	}()
	fmt.Println("main sleeps 10ms")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed (never printed)")
}
