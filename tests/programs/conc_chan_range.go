// Checks: for-range over a channel ends when the producer closes it.
package main

import "fmt"

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range produce(5) {
		fmt.Println("got", v)
		sum += v
	}
	fmt.Println("sum", sum)
}
