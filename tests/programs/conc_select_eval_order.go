// Checks: all select case expressions are evaluated once, in source order, before choosing.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("eval channel", name)
	return c
}

func val(n int) int {
	fmt.Println("eval value", n)
	return n
}

func main() {
	a := make(chan int, 1)
	b := make(chan int)
	select {
	case ch("a", a) <- val(1):
		fmt.Println("sent to a")
	case <-ch("b", b):
		fmt.Println("received from b")
	case ch("c", nil) <- val(3):
		fmt.Println("nil never chosen")
	}
}
