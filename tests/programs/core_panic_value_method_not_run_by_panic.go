// Checks: panic(v) does not call v's String method (it would fail): the value recovered is v itself.
package main

import "fmt"

type Bad struct{ p *int }

func (b Bad) String() string {
	fmt.Println("String called")
	return fmt.Sprint(*b.p)
}

func main() {
	defer func() { fmt.Printf("%T\n", recover()) }()
	panic(Bad{})
}
