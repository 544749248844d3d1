// Checks: parenthesized var groups, at package level and inside functions, declare every name.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	a, b   = 1, "two"
	config map[string]string
)

func main() {
	var (
		x    = 5
		y, z int
	)
	once.Do(func() { config = map[string]string{"env": "prod"} })
	inc := func() { x++; y += 2 }
	inc()
	fmt.Println(a, b, config, x, y, z)
}
