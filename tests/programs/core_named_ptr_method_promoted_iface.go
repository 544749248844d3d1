// Checks: *Page implements an interface through the pointer method of its embedded named int;
// a struct embedding *Counter does too, and fmt uses the promoted String.
package main

import "fmt"

type Counter int

func (c *Counter) Inc()          { *c++ }
func (c Counter) String() string { return fmt.Sprintf("#%d", int(c)) }

type Incer interface{ Inc() }

type Page struct {
	Counter
	title string
}

type Ref struct {
	*Counter
}

func main() {
	var p Page
	var i Incer = &p
	i.Inc()
	i.Inc()
	fmt.Println(p.Counter, p.title == "")
	var c Counter
	r := Ref{&c}
	var j Incer = r
	j.Inc()
	fmt.Println(c)
	var s fmt.Stringer = r
	fmt.Println(s.String(), r)
	fmt.Println(&p)
}
