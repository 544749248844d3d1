package main

import "fmt"

func main() {
	seq := func(yield func(int) bool) {
		defer func() { recover() }()
		yield(1)
	}
	for range seq {
		panic("body panic")
	}
	fmt.Println("after")
}
