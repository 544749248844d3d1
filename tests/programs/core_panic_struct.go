// Checks: panic with a plain struct prints its type and an address, not the contents.
package main

type Plain struct {
	A int
	B string
}

func main() {
	panic(Plain{1, "x"})
}
