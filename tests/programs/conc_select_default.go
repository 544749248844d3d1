// Checks: select with default runs default only when no case is ready.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	c <- 7
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
}
