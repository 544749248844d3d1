// Checks: a generator goroutine stopped early through a done channel (no leak), results in order.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func fib(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("generator: exiting")
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var got []int
	ch := fib(done)
	for v := range ch {
		got = append(got, v)
		if len(got) == 10 {
			close(done)
			break
		}
	}
	for range ch { // wait until the generator has exited (it closes ch): no race on the output
	}
	fmt.Println(got)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
