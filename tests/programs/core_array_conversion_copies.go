package main

import "fmt"

type Arr [2]int
type Grid [2][2]int
type P struct {
	X int
	A [2]int
}
type Q P

func main() {
	a := [2]int{1, 2}
	b := Arr(a)
	b[0] = 5
	fmt.Println(a, b)
	c := [2]int(b)
	c[1] = 9
	fmt.Println(b, c)
	g := [2][2]int{{1, 2}, {3, 4}}
	h := Grid(g)
	h[0][0] = 100
	fmt.Println(g, h)
	back := [2][2]int(h)
	back[1][1] = -1
	fmt.Println(h, back)
	p := P{1, [2]int{1, 2}}
	p2 := P(p)
	p2.X = 2
	p2.A[0] = 7
	fmt.Println(p, p2)
	q := Q(p)
	q.A[1] = 8
	fmt.Println(p, q)
	pa := &a
	d := Arr(*pa)
	d[0] = 42
	fmt.Println(a, d)
}
