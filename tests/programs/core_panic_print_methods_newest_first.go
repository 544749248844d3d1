// Checks: the String methods of a panic chain run newest panic first, once each, before the
// chain is printed oldest first.
package main

import "fmt"

type S struct{ n int }

func (s S) String() string {
	fmt.Println("String", s.n)
	return fmt.Sprint("s", s.n)
}

func main() {
	defer func() {
		defer func() {
			panic(S{3})
		}()
		panic(S{2})
	}()
	panic(S{1})
}
