// Checks: arrays are values: assignment and passing copy them; arrays compare with ==.
package main

import "fmt"

func zero(a [3]int)     { a[0] = 0 }
func zeroPtr(a *[3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	zero(a)
	fmt.Println(a, b, a == b)
	zeroPtr(&a)
	fmt.Println(a, len(a))
	c := [...]string{2: "two", 0: "zero"}
	fmt.Printf("%q %d\n", c, len(c))
	var grid [2][2]bool
	grid[1][0] = true
	fmt.Println(grid)
	s := a[:]
	s[2] = 30
	fmt.Println(a)
}
