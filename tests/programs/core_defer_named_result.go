// Checks: a deferred closure can change a named result but not an unnamed one.
package main

import "fmt"

func named() (r int) {
	defer func() { r *= 10 }()
	return 4
}

func unnamed() int {
	r := 4
	defer func() { r *= 10 }()
	return r
}

func main() {
	fmt.Println("named:", named())
	fmt.Println("unnamed:", unnamed())
}
