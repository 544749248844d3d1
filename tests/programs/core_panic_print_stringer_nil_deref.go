// Checks: a re-panicked value whose String method dereferences nil: the fatal error names the
// type of that panic ("type runtime.errorString") and the signal line follows it.
package main

import "fmt"

type Bad struct{ p *int }

func (b Bad) String() string { return fmt.Sprint(*b.p) }

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		panic(r)
	}()
	panic(Bad{})
}
