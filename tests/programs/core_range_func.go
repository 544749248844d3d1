// Checks: Go 1.23 range over func iterators: continue, break (iterator sees false), return from inside, two-value yields.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped early at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c"} {
		if !yield(s, i) {
			return
		}
	}
}

func find(target int) (int, bool) {
	for v := range count(10) {
		if v == target {
			return v * 100, true
		}
	}
	return 0, false
}

func main() {
	total := 0
	for v := range count(5) {
		if v == 1 {
			continue
		}
		if v == 4 {
			break
		}
		total += v
	}
	fmt.Println("total", total)
	for k, v := range pairs {
		fmt.Print(k, v, " ")
	}
	fmt.Println()
	fmt.Println(find(3))
	fmt.Println(find(42))
}
