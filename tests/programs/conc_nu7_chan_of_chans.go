// Checks: request/response over a channel of reply channels, and select with send cases.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request, quit <-chan struct{}) {
	for {
		select {
		case r := <-reqs:
			r.reply <- r.n * r.n
		case <-quit:
			return
		}
	}
}

func main() {
	reqs := make(chan request)
	quit := make(chan struct{})
	go server(reqs, quit)
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(quit)
	out := make(chan int, 2)
	sent := 0
	for sent < 4 {
		select {
		case out <- sent:
			sent++
		default:
			fmt.Println("full at", sent, "draining", <-out)
		}
	}
	fmt.Println(len(out), cap(out))
}
