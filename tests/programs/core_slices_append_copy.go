// Checks: append growth (len/cap), shared backing arrays, copy, slicing with cap.
package main

import "fmt"

func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
		fmt.Print(len(s), ":", cap(s), " ")
	}
	fmt.Println()
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := make([]int, 2)
	n := copy(c, a)
	fmt.Println(n, c)
	d := a[1:2:2]
	d = append(d, 99)
	fmt.Println(a, d)
	e := append([]int(nil), a...)
	e[0] = -1
	fmt.Println(a[0], e[0])
	m := make([]string, 0, 3)
	fmt.Println(len(m), cap(m), m == nil)
	grid := make([][]int, 2)
	for i := range grid {
		grid[i] = make([]int, 3)
	}
	grid[1][2] = 7
	fmt.Println(grid)
}
