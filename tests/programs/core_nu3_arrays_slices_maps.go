// Checks: array value copies, slice aliasing and growth, maps of slices, labelled loops.
package main

import (
	"fmt"
	"strings"
)

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b, a == [3]int{1, 2, 3})
	s := a[:2]
	s = append(s, 9)
	fmt.Println(a, s, len(s), cap(s))
	s = append(s, 10)
	s[0] = -1
	fmt.Println(a, s)
	groups := map[string][]string{}
	for _, w := range strings.Fields("go defer panic go recover defer go") {
		groups[w[:1]] = append(groups[w[:1]], w)
	}
	fmt.Println(len(groups), groups["g"], groups["d"], groups["p"], groups["r"])
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	found := [2]int{-1, -1}
outer:
	for i, row := range matrix {
		for j, v := range row {
			if v%2 == 0 && v > 4 {
				found = [2]int{i, j}
				break outer
			}
			if v == 2 {
				continue outer
			}
		}
	}
	fmt.Println(found)
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d;", i*i)
	}
	fmt.Println(sb.String(), sb.Len())
	copyDst := make([]int, 2)
	n := copy(copyDst, []int{7, 8, 9})
	fmt.Println(n, copyDst)
}
