package main

import "fmt"

func main() {
	var saved func(int) bool
	seq := func(yield func(int) bool) {
		saved = yield
		yield(1)
	}
	for x := range seq {
		fmt.Println("x", x)
	}
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		_, rt := r.(interface{ RuntimeError() })
		fmt.Println(rt)
	}()
	saved(2)
}
