package main

import "fmt"

func main() {
	var saved []func(int) bool
	seq := func(yield func(int) bool) {
		saved = append(saved, yield)
		yield(len(saved))
	}
	for i := 0; i < 2; i++ {
		for x := range seq {
			fmt.Println("x", x)
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	saved[0](9)
}
