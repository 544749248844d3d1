package main

import "fmt"

func main() {
	seq := func(yield func(int) bool) {
		yield(1)
		defer func() { fmt.Println("iterator recovered:", recover()) }()
		yield(2)
	}
	for x := range seq {
		fmt.Println("x", x)
		break
	}
	fmt.Println("after")
}
