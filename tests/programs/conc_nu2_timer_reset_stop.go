// Checks: Timer.Stop/Reset results and AfterFunc ordering on the virtual clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stop before fire:", t.Stop())
	fmt.Println("reset after stop:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired")
	fmt.Println("stop after receive:", t.Stop())
	done := make(chan string, 3)
	time.AfterFunc(30*time.Millisecond, func() { done <- "c" })
	time.AfterFunc(10*time.Millisecond, func() { done <- "a" })
	time.AfterFunc(20*time.Millisecond, func() { done <- "b" })
	fmt.Println(<-done, <-done, <-done)
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
}
