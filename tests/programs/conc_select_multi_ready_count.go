// Checks: with two always-ready channels, select picks both (pseudo-randomly); only the totals are printed.
package main

import "fmt"

func main() {
	a, b := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 1
	}
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na > 100, nb > 100)
}
