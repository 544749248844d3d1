// Checks: a pointer method of a named int called on a nil *Counter: the dereference panics.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()        { *c++ }
func (c *Counter) IsNil() bool { return c == nil }

func main() {
	var p *Counter
	fmt.Println(p.IsNil())
	p.Inc()
	fmt.Println("unreachable")
}
