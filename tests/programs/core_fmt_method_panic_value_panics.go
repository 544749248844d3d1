// Checks: fmt re-panics when printing a String method's panic value panics too; that value
// (still on the panic stack) then cannot be printed: fatal error, signal line.
package main

import "fmt"

type E struct{}

func (E) Error() string { var p *int; return fmt.Sprint(*p) }

type S struct{}

func (S) String() string { panic(E{}) }

func main() {
	fmt.Println(S{})
	fmt.Println("after")
}
