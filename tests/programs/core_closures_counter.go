// Checks: a closure keeps its own captured state between calls.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	a, b := counter(), counter()
	fmt.Println(a(), a(), a(), b())
	x := 10
	add := func(d int) { x += d }
	add(5)
	fmt.Println(x)
	fib := func() func() int {
		p, q := 0, 1
		return func() int { p, q = q, p+q; return p }
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
