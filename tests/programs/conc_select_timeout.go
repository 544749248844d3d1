// Checks: select with time.After times out when the result comes too late.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("result after ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{20 * time.Millisecond, 200 * time.Millisecond} {
		select {
		case r := <-slow(d):
			fmt.Println(r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("timeout waiting", d)
		}
	}
}
