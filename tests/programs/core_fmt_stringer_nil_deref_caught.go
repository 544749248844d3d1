// Checks: fmt catches a nil dereference inside a String method: %!v(PANIC=String method: ...).
package main

import "fmt"

type T struct{ p *int }

func (t T) String() string { return fmt.Sprint(*t.p) }

func main() {
	fmt.Println(T{})
	fmt.Printf("[%s] [%d]\n", T{}, T{})
	fmt.Println("after")
}
