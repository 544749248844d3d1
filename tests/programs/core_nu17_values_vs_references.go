// Checks: arrays are copied into functions, slices and maps are shared, variadic s... aliases.
package main

import "fmt"

func zeroArray(a [3]int)     { a[0] = 0 }
func zeroSlice(s []int)      { s[0] = 0 }
func setMap(m map[string]int) { m["x"] = 99 }
func bump(nums ...int)       { nums[0] += 100 }

type point struct{ X, Y int }

func move(p point) point { p.X++; return p }
func movePtr(p *point)   { p.Y++ }

func main() {
	a := [3]int{1, 2, 3}
	zeroArray(a)
	s := []int{1, 2, 3}
	zeroSlice(s)
	m := map[string]int{}
	setMap(m)
	fmt.Println(a, s, m)
	bump(s...)
	bump(7, 8)
	fmt.Println(s)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	fmt.Println(grid, g2)
	rows := [][]int{{1}, {2, 3}}
	r2 := rows
	r2[1][0] = 20
	fmt.Println(rows)
	p := point{1, 1}
	q := move(p)
	movePtr(&p)
	fmt.Println(p, q)
	anon := struct {
		Name string
		Tags []string
	}{"svc", []string{"a"}}
	b := anon
	b.Tags[0] = "shared"
	b.Name = "copy"
	fmt.Printf("%+v %+v\n", anon, b)
	pts := map[string]point{"o": {}}
	pt := pts["o"]
	pt.X = 5
	pts["o"] = pt
	fmt.Println(pts)
}
