// Checks: converting a slice to an array copies its first N elements and panics when the slice is shorter.
package main

import "fmt"

type P struct{ X int }

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	a[0] = 9
	ps := []P{{1}, {2}}
	pa := [2]P(ps)
	pa[0].X = 7
	var ns []int
	z := [0]int(ns)
	fmt.Println(a, s, pa, ps, z)
	defer func() { fmt.Println(recover()) }()
	_ = [4]int(s)
}
