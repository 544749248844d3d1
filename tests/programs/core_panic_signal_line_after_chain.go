// Checks: the [signal SIGSEGV ...] line of a recovered nil dereference comes after the whole
// panic chain, not after the faulting panic's line.
package main

func main() {
	defer func() {
		recover()
		panic("again")
	}()
	var p *int
	*p = 1
}
