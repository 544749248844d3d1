package main

import "fmt"

// A panic raised and recovered inside a deferred call does not hide the outer panic: the
// deferred call can still recover it afterwards.
func inner() {
	defer func() {
		fmt.Println("inner recovered:", recover())
	}()
	panic("second")
}

func main() {
	defer func() {
		inner()
		fmt.Println("outer recovered:", recover())
	}()
	panic("first")
}
