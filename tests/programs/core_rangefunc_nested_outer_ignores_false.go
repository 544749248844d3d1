package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	fmt.Println("outer ignores false")
	yield(2)
}

func good(yield func(int) bool) {
	for i := 10; i < 13; i++ {
		if !yield(i) {
			return
		}
	}
}

func find() int {
	for a := range bad {
		for b := range good {
			if b == 11 {
				return a + b
			}
		}
	}
	return 0
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(find())
}
