// Checks: a three-stage pipeline with unbuffered channels and range-over-channel shutdown.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range square(square(gen(1, 2, 3, 4))) {
		fmt.Println(v)
		total += v
	}
	fmt.Println("total", total)
}
