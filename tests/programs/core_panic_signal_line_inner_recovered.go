// Checks: a nil dereference recovered inside the deferred call of a running panic still gets
// its signal line printed when that panic kills the process (gp.sig is kept).
package main

func main() {
	defer func() {
		defer func() { recover() }()
		var p *int
		*p = 1
	}()
	panic("a")
}
