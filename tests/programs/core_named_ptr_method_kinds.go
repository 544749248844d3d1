// Checks: pointer methods on named string, array, func and chan types, on a value receiver's own
// copy, on a parameter, on a loop variable in a for statement's post statement and on a type
// switch's variable.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()         { *c++ }
func (c Counter) Next() Counter { c.Inc(); return c }

type Name string

func (n *Name) Shout() { *n += "!" }

type Grid [3]int

func (g *Grid) Set(i, v int) { g[i] = v }
func (g Grid) Bump() Grid    { g[0]++; return g }
func (g Grid) Sum() int      { return g[0] + g[1] + g[2] }

type Handler func() string

func (h *Handler) Set(f func() string) { *h = f }

type Ch chan int

func (c *Ch) Open() { *c = make(Ch, 1) }

func twice(c Counter) Counter { c.Inc(); c.Inc(); return c }

func main() {
	var c Counter = 3
	fmt.Println(c.Next(), twice(c), c)

	var n Name = "hi"
	n.Shout()
	(&n).Shout()
	fmt.Println(n)

	var g Grid
	g.Set(1, 5)
	fmt.Println(g.Bump(), g, g.Sum())
	var sm interface{ Sum() int } = &g
	g.Set(0, 100)
	fmt.Println(sm.Sum())

	var h Handler
	h.Set(func() string { return "set" })
	fmt.Println(h())

	var ch Ch
	ch.Open()
	ch <- 4
	fmt.Println(<-ch)

	for i := Counter(0); i < 3; i.Inc() {
		defer func() { fmt.Println("deferred", i) }()
	}

	var x any = Counter(5)
	switch v := x.(type) {
	case Counter:
		v.Inc()
		fmt.Println(v, x)
	}

	cs := []Counter{1, 2}
	for _, v := range cs {
		v.Inc()
	}
	fmt.Println(cs)
}
