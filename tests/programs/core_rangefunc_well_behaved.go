package main

import "fmt"

func count(n int) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		defer fmt.Println("iterator done", n)
		for i := 0; i < n; i++ {
			if !yield(i, fmt.Sprint("v", i)) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func sum() (total int) {
	defer func() { total *= 10 }()
	for i, s := range count(5) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
		for j := range count(3) {
			if j == 1 {
				break
			}
			total += j
		}
		if i == 3 {
			return total + 100
		}
		total += i
	}
	return -1
}

func main() {
	for i := range 3 {
		for k, v := range count(4) {
			if k > i {
				break
			}
			fmt.Println("loop", i, k, v)
		}
	}
	fmt.Println("sum", sum())
}
