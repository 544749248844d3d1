// Checks: a forgotten make: ranging over a nil channel blocks forever (deadlock report).
package main

import "fmt"

type pipeline struct {
	in chan int
}

func main() {
	p := &pipeline{}
	go func() {
		for i := 0; i < 3; i++ {
			select {
			case p.in <- i:
			default:
				fmt.Println("send", i, "would block")
			}
		}
	}()
	for v := range p.in {
		fmt.Println(v)
	}
}
