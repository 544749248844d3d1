package main

import "fmt"

func first(seq func(func(int) bool)) int {
	for x := range seq {
		return x
	}
	return -1
}

func main() {
	seq := func(yield func(int) bool) {
		ok := yield(7)
		fmt.Println("yield returned", ok)
		yield(8)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(first(seq))
}
