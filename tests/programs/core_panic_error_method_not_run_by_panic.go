// Checks: panic(v) does not call v's Error method (which panics): recover returns v itself.
package main

import "fmt"

type Bad struct{}

func (Bad) Error() string { panic("Error() exploded") }

func main() {
	defer func() { fmt.Printf("%T\n", recover()) }()
	panic(Bad{})
}
