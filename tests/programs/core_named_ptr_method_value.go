// Checks: method values and deferred calls of pointer methods on a named int: the receiver's
// address is bound when the method value is made (later changes are seen), a value method binds a
// copy.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()     { *c++ }
func (c Counter) Show()     { fmt.Println("show", int(c)) }
func (c *Counter) Get() int { return int(*c) }

func run() (c Counter) {
	defer c.Inc()
	c = 10
	return c
}

func main() {
	var c Counter
	inc := c.Inc
	show := c.Show
	inc()
	inc()
	fmt.Println(c)
	show()
	c.Show()
	get := c.Get
	c = 100
	fmt.Println(get())

	f := (*Counter).Inc
	f(&c)
	fmt.Println(c)

	func() {
		defer c.Inc()
		c = 5
	}()
	fmt.Println(c)
	fmt.Println(run())
}
