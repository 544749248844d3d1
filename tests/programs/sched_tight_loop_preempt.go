// Checks: with one P, a tight for {} loop is preempted asynchronously, so sleeping main resumes.
//
//deferlab:gomaxprocs 1
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
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main resumed despite the spinning goroutine")
}
