// Checks: a local declared inside a closure (block, if, for, switch) with the name of a captured
// variable is a new variable; the captured one keeps its value, also when its address is taken.
package main

import "fmt"

func main() {
	x, count := 10, 0
	f := func() {
		{
			x := 20
			px := &x
			*px += 1
			fmt.Println("inner", x)
		}
		if x := x * 2; x > 15 {
			fmt.Println("if", x)
		}
		for x := 0; x < 2; x++ {
			count += x
		}
		switch x := "s"; x {
		case "s":
			fmt.Println("switch", x)
		}
		x++
		fmt.Println("outer", x)
	}
	f()
	fmt.Println(x, count)

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int {
			i := i * 10 // shadows the per-iteration variable
			return i + count
		})
	}
	for _, g := range fs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	acc := func() func(int) int {
		sum := 0
		return func(v int) int {
			sum := sum + v // a new sum each call
			return sum
		}
	}()
	fmt.Println(acc(1), acc(2))
}
