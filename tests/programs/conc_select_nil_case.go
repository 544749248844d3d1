// Checks: a nil channel case in select is never ready; setting a channel to nil disables it.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 2; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sumB += v
		}
	}
	fmt.Println("closed:", closed, "sums:", sumA, sumB)
	var never chan int
	select {
	case <-never:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
}
