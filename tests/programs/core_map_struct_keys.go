// Checks: maps keyed by struct values compare keys by value (lookup, ++, delete, range, printing sorted).
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
}

func main() {
	seen := map[Point]bool{}
	pts := []Point{{1, 2}, {3, 4}, {1, 2}}
	for _, p := range pts {
		if seen[p] {
			fmt.Println("dup", p)
		}
		seen[p] = true
	}
	fmt.Println(len(seen), seen)
	m := make(map[Key]int)
	m[Key{"a", Point{1, 1}}]++
	m[Key{"a", Point{1, 1}}]++
	m[Key{"b", Point{0, 1}}] = 7
	v, ok := m[Key{"a", Point{1, 1}}]
	fmt.Println(v, ok, m)
	delete(m, Key{"b", Point{0, 1}})
	for k, v := range m {
		fmt.Println(k.Name, k.P.X, v)
	}
	fmt.Printf("%v %+v\n", seen, m)
}
