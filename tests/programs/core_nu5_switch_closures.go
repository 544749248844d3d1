// Checks: switch with init statements, closures sharing and capturing variables, method values.
package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }
func (c counter) get() int  { return c.n }

func classify(code int) string {
	switch d := code / 100; {
	case d == 2:
		return "ok"
	case d == 4 && code != 404:
		return "client"
	case code == 404:
		return "missing"
	default:
		return "other"
	}
}

func main() {
	for _, c := range []int{200, 404, 418, 503} {
		fmt.Print(classify(c), " ")
	}
	fmt.Println()
	var fs []func() string
	for _, w := range strings.Split("stop,drain,exit", ",") {
		fs = append(fs, func() string { return strings.ToUpper(w) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	total := 0
	add := func(n int) { total += n }
	for i := range 5 {
		add(i)
	}
	fmt.Println("total", total)
	c := &counter{}
	inc := c.inc
	get := c.get
	inc()
	inc()
	// (separate statements: Go leaves the order of c.n's read against the calls unspecified)
	fmt.Println(c.n, get())
	fmt.Println((*counter).inc(c))
	fmt.Println(counter.get(*c))
	switch x := any(3.5); v := x.(type) {
	case int:
		fmt.Println("int", v)
	case float64, float32:
		fmt.Println("float", v)
	}
}
