// Checks: the common fmt verbs on basic values.
package main

import "fmt"

func main() {
	n, s, f, b := 42, "go", 3.14159, true
	fmt.Printf("%v %d %s %t\n", n, n, s, b)
	fmt.Printf("%q %x %X %o %b\n", s, n, n, n, n)
	fmt.Printf("%f %.2f %e %g\n", f, f, f, f)
	fmt.Printf("%5d|%-5d|%05d\n", n, n, n)
	fmt.Printf("%8.3f|%-8s|%8s\n", f, s, s)
	fmt.Printf("%T %T %T %T\n", n, s, f, b)
	fmt.Printf("%x %q %c %U\n", "hi", 'a', 'a', 'a')
	fmt.Printf("100%%\n")
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
}
