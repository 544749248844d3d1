// Checks: a done channel of struct{} used to wait for a worker; chan of chan for replies.
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func main() {
	reqs := make(chan request)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for r := range reqs {
			r.reply <- r.n * 2
		}
		fmt.Println("server stopped")
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)
	<-done
}
