// Checks: *Counter implements an interface with a pointer method; the interface holds the pointer,
// so calls through it change the variable.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()          { *c++ }
func (c Counter) String() string { return fmt.Sprintf("Counter(%d)", int(c)) }

type Incer interface{ Inc() }

type IncStringer interface {
	Inc()
	String() string
}

func bump(i Incer, n int) {
	for k := 0; k < n; k++ {
		i.Inc()
	}
}

func main() {
	var c Counter
	bump(&c, 3)
	fmt.Println(int(c))
	var is IncStringer = &c
	is.Inc()
	fmt.Println(is.String(), c)
	fmt.Println(c.String())
	var x any = &c
	if i, ok := x.(Incer); ok {
		i.Inc()
	}
	_, isStringer := x.(fmt.Stringer)
	_, valIncer := any(c).(Incer)
	fmt.Println(int(c), isStringer, valIncer)
	p, ok := x.(*Counter)
	fmt.Println(*p, ok)
}
