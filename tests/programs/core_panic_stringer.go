// Checks: panic with a value that has a String method prints String().
package main

type Name struct{ s string }

func (n Name) String() string { return "stringer:" + n.s }

func main() {
	panic(Name{"x"})
}
