// Checks: a nil *Counter in an interface: the pointer method runs (and can test for nil); the value
// method String, reached through the pointer, dereferences it and panics.
package main

import "fmt"

type Counter int

func (c *Counter) IsNil() bool   { return c == nil }
func (c Counter) String() string { return fmt.Sprint(int(c)) }

type Checker interface {
	IsNil() bool
	String() string
}

func main() {
	var p *Counter
	var s Checker = p
	fmt.Println(s == nil, s.IsNil())
	fmt.Println(s.String())
}
