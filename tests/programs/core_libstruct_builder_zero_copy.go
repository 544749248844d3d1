package main

import (
	"fmt"
	"strings"
)

// A zero strings.Builder passed by value: the callee writes to its own copy.
func add(b strings.Builder) int { b.WriteString("x"); return b.Len() }

func main() {
	var b strings.Builder
	fmt.Println(add(b), b.Len())
	b.WriteString("hi")
	c := b
	fmt.Println(c.String(), c.Len())
	b.WriteString("!")
	fmt.Println(b.String(), c.String())
}
