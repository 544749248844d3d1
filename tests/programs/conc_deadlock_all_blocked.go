// Checks: deadlock is reported when main and workers are all blocked on channels.
package main

import (
	"fmt"
	"time"
)

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("worker 2 waits too")
		<-b
	}()
	fmt.Println("main waits on b")
	<-b
}
