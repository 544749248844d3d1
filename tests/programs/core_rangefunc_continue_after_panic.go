package main

import "fmt"

func main() {
	seq := func(yield func(int) bool) {
		func() {
			defer func() { fmt.Println("iterator recovered:", recover()) }()
			yield(1)
		}()
		yield(2)
	}
	defer func() {
		r := recover()
		fmt.Printf("main recovered %T: %v\n", r, r)
	}()
	for x := range seq {
		fmt.Println("body", x)
		panic("boom")
	}
	fmt.Println("not reached")
}
