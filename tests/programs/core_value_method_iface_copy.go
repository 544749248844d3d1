// Checks: a value method called through an interface works on a copy of the receiver: one holding a
// pointer to the struct or array leaves the variable alone; one holding the value itself keeps its
// value from call to call.
package main

import "fmt"

type S struct{ n int }

func (s S) Mod() int { s.n++; return s.n }

type Arr [2]int

func (a Arr) Mod() int { a[0]++; return a[0] }

type Modder interface{ Mod() int }

func main() {
	s := S{}
	var m Modder = &s
	fmt.Println(m.Mod(), m.Mod(), s.n)
	m = s
	fmt.Println(m.Mod(), m.Mod())
	var a Arr
	m = &a
	fmt.Println(m.Mod(), m.Mod(), a)
	m = a
	fmt.Println(m.Mod(), m.Mod())
}
