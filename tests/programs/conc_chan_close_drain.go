// Checks: after close, buffered values drain, then receives give the zero value and ok=false.
package main

import "fmt"

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, len(c), cap(c))
	s := make(chan string)
	close(s)
	str, ok := <-s
	fmt.Printf("%q %v\n", str, ok)
}
