package main

import (
	"fmt"
	"math"
	"sort"
)

// NaN != NaN: every m[NaN] = v adds an entry that no lookup or delete finds.
func main() {
	m := map[float64]int{1: 10}
	n := math.NaN()
	m[n] = 1
	m[n] = 2
	m[math.NaN()] = 3
	_, ok := m[n]
	fmt.Println(len(m), ok, m[n])
	delete(m, n)
	var vals []int
	for k, v := range m {
		if k != k {
			_, found := m[k]
			delete(m, k)
			fmt.Println("found:", found)
		}
		vals = append(vals, v)
	}
	sort.Ints(vals)
	fmt.Println(vals, len(m))
	a := map[any]int{}
	a[n] = 1
	a[n] = 2
	a[float32(n)] = 3
	for k := range a {
		delete(a, k)
	}
	fmt.Println(len(a))
	clear(m)
	fmt.Println(len(m))
}
