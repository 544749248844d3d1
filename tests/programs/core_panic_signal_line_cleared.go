// Checks: a nil dereference fully recovered earlier leaves no signal line on a later panic.
package main

func f() {
	defer func() { recover() }()
	var p *int
	*p = 1
}

func main() {
	f()
	panic("plain")
}
