package main

import "fmt"

var saved func(string) bool

func words(yield func(string) bool) {
	saved = yield
	yield("a")
	yield("b")
}

func main() {
	for w := range words {
		fmt.Println(w)
	}
	fmt.Println("loop done")
	saved("c")
	fmt.Println("not reached")
}
