// Checks: printing an unrecovered panic value whose Error method panics with a string is the
// fatal error "panic while printing panic value: <that string>" (multi-line: tab-indented).
package main

type Bad struct{}

func (Bad) Error() string { panic("Error() exploded\nsecond line") }

func main() {
	panic(Bad{})
}
