package main

import (
	"fmt"
	"sync"
)

// A sync.Cond remembers its address on first use; using a copy made after that panics.
func main() {
	fresh := sync.Cond{L: &sync.Mutex{}}
	c2 := fresh // copied before any use: fine
	c2.Signal()
	fresh.Broadcast()
	fmt.Println("copies of an unused Cond work")

	c := sync.Cond{L: &sync.Mutex{}}
	c.Signal()
	defer func() { fmt.Println("recovered:", recover()) }()
	d := c
	d.Signal()
	fmt.Println("no panic")
}
