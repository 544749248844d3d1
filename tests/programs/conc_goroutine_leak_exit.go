// Checks: main returning while goroutines are blocked on channels still exits 0.
package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { c <- i }()
	}
	fmt.Println("got one:", <-c >= 0)
}
