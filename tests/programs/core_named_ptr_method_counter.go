// Checks: a counter as a named int: Inc through a variable, a pointer, a slice element, an array
// element, a struct field (direct and through a pointer) and a package variable.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()      { *c++ }
func (c *Counter) Add(n int) { *c += Counter(n) }
func (c Counter) Value() int { return int(c) }
func (c *Counter) Reset()    { *c = 0 }

type Stats struct {
	name  string
	count Counter
}

var global Counter

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.Add(5)
	fmt.Println(c, c.Value())

	p := &c
	p.Inc()
	fmt.Println(*p, c, p.Value())

	counters := make([]Counter, 3)
	for i := range counters {
		for j := 0; j <= i; j++ {
			counters[i].Inc()
		}
	}
	fmt.Println(counters)

	var arr [2]Counter
	arr[1].Add(7)
	fmt.Println(arr)

	s := Stats{name: "hits"}
	s.count.Inc()
	s.count.Inc()
	sp := &s
	sp.count.Add(3)
	fmt.Println(s.name, s.count)

	global.Inc()
	global.Add(41)
	fmt.Println(global)

	c.Reset()
	fmt.Println(c)
}
