package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stop", n)
				return
			}
		}
	}
}

func find() int {
	for a := range seq(3) {
		for b := range seq(4) {
			if a == 1 && b == 2 {
				return a*10 + b
			}
		}
	}
	return -1
}

func main() {
	fmt.Println(find())
}
