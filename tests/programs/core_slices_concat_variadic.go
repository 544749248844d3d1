package main

import (
	"fmt"
	"slices"
)

// Generic variadic library functions infer their type parameters from each argument (or from
// the slice spread with ...).
func main() {
	a, b := []int{1, 2}, []int{3}
	c := slices.Concat(a, b, []int{4, 5})
	fmt.Println(c, len(c), cap(c))
	parts := [][]string{{"x"}, {"y", "z"}}
	all := slices.Concat(parts...)
	fmt.Println(all, slices.Index(all, "z"))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3))
}
