// Checks: a pointer method of a named int promoted through an embedded field, and called in a
// closure that captures the variable.
package main

import "fmt"

type Counter int

func (c *Counter) Inc() { *c++ }

type Page struct {
	Counter
	title string
}

type Site struct {
	home Page
	all  []Page
}

func main() {
	var p Page
	p.Inc()
	p.Inc()
	p.Counter.Inc()
	fmt.Println(p.title == "", p.Counter)

	site := Site{all: make([]Page, 2)}
	site.home.Inc()
	site.all[1].Inc()
	site.all[1].Inc()
	fmt.Println(site.home.Counter, site.all[0].Counter, site.all[1].Counter)

	pp := &Page{title: "x"}
	pp.Inc()
	fmt.Println(pp.Counter)

	var c Counter
	bump := func() { c.Inc() }
	bump()
	bump()
	fmt.Println(c)
}
