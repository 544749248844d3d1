// Checks: a priority select idiom (check the high-priority channel first, then both).
package main

import "fmt"

func main() {
	high := make(chan int, 10)
	low := make(chan int, 10)
	for i := 0; i < 3; i++ {
		high <- i
		low <- 100 + i
	}
	close(high)
	var got []int
	for len(got) < 6 {
		select {
		case v, ok := <-high:
			if ok {
				got = append(got, v)
				continue
			}
			high = nil
		default:
		}
		select {
		case v := <-low:
			got = append(got, v)
		default:
		}
	}
	fmt.Println(got)
}
