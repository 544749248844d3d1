// Checks: Stringer/error methods in fmt with value and pointer receivers, nil pointers, nesting.
package main

import (
	"errors"
	"fmt"
)

type state int

const (
	idle state = iota
	running
	draining
)

func (s state) String() string {
	switch s {
	case idle:
		return "idle"
	case running:
		return "running"
	}
	return fmt.Sprintf("state(%d)", int(s))
}

type conn struct {
	id    int
	state state
}

func (c *conn) String() string { return fmt.Sprintf("conn#%d<%v>", c.id, c.state) }

type pair struct {
	A *conn
	B conn
	S []state
	M map[string]state
}

func main() {
	fmt.Println(idle, running, draining, state(7))
	c := &conn{1, running}
	fmt.Println(c, *c)
	fmt.Printf("%v|%s|%d|%+v\n", c, c, running, *c)
	p := pair{A: c, B: conn{2, idle}, S: []state{idle, draining}, M: map[string]state{"x": running}}
	fmt.Printf("%v\n%+v\n", p, p)
	var nilc *conn
	fmt.Println(nilc == nil)
	e1 := errors.New("disk full")
	e2 := fmt.Errorf("flush: %w", e1)
	joined := errors.Join(e2, errors.New("close: timeout"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, e1), errors.Unwrap(e2) == e1)
	fmt.Printf("%q %v %x\n", []string{"a b", "c"}, [2]bool{true}, "hi")
}
