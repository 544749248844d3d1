package main

import (
	"fmt"
	"strings"
)

// Writing to a copy of a non-zero strings.Builder panics (copyCheck); Reset makes it usable.
func main() {
	var b strings.Builder
	b.WriteString("hi")
	c := b
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c.WriteByte('x')
	}()
	c.Reset()
	c.WriteString("new")
	fmt.Println(b.String(), c.String())
	d := b
	d.WriteString("!")
	fmt.Println("unreachable")
}
