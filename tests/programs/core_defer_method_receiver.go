// Checks: a deferred method call evaluates its receiver at the defer statement.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Show(label string)     { fmt.Println(label, c.n) }
func (c *Counter) ShowPtr(label string) { fmt.Println(label, c.n) }

func main() {
	c := Counter{n: 1}
	defer c.Show("value receiver copied at defer:")
	defer c.ShowPtr("pointer receiver sees:")
	c.n = 5
}
