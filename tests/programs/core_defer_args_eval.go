// Checks: a deferred call's arguments are evaluated at the defer statement; a closure sees later values.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("arg evaluated early:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
	fmt.Println("x is now", x)
}
