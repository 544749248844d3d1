// Checks: len and cap of buffered, unbuffered and nil channels; directional channel types.
package main

import "fmt"

func fill(out chan<- int) { out <- 1; out <- 2 }

func main() {
	b := make(chan int, 5)
	fill(b)
	var ro <-chan int = b
	fmt.Println(len(b), cap(b), len(ro))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	var n chan int
	fmt.Println(len(n), cap(n), n == nil)
	fmt.Printf("%T %T\n", ro, b)
}
