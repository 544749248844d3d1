package main

import "fmt"

// Assigning a whole struct or array stores into the variable, field or element: pointers taken
// before the assignment see the new value (and writes through them are seen by the variable).
type In struct{ a int }

type Out struct {
	in  In
	arr [2]int
}

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

var global Counter

func main() {
	v := In{1}
	p := &v
	v = In{3}
	fmt.Println(p.a, v.a)
	p.a = 9
	fmt.Println(v.a)

	o := Out{}
	pi, pa := &o.in, &o.arr
	o.in = In{5}
	o.arr = [2]int{1, 2}
	fmt.Println(pi.a, pa[1])

	s := []In{{1}, {2}}
	ps := &s[0]
	s[0] = In{9}
	fmt.Println(ps.a, s)

	m := [2]In{}
	pm := &m[1]
	m[1] = In{3}
	fmt.Println(pm.a, m)

	g := &global
	global = Counter{10}
	g.Inc()
	fmt.Println(global.n)

	c := Counter{1}
	defer fmt.Println("deferred value:", c.n)
	inc := c.Inc // bound to &c
	c = Counter{5}
	inc()
	fmt.Println("c:", c.n)

	w := In{7}
	q := &v
	v = w
	w.a = 0
	fmt.Println(q.a, v.a, w.a)
	arr := [3]int{1, 2, 3}
	pa2 := &arr
	arr = [3]int{4, 5, 6}
	fmt.Println(pa2[0], *pa2)
}
