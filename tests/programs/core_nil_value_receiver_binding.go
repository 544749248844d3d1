package main

import "fmt"

// A value-receiver method reached through a nil pointer dereferences it when the method is
// bound: at the defer statement, or when the method value is taken, not when it runs.
type C struct{ n int }

func (c C) Report() { fmt.Println("report", c.n) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var p *C
	try("defer", func() {
		defer p.Report()
		fmt.Println("body runs? no")
	})
	try("method value", func() {
		f := p.Report
		fmt.Println("bound? no")
		f()
	})
	q := &C{7}
	f := q.Report // binds a copy of *q now
	q.n = 8
	f()
	defer q.Report() // copy taken now: prints 8 at the end
	q.n = 9
	fmt.Println("end")
}
