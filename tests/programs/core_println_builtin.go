// Checks: builtin println writes to stderr with spaces between operands; stdout unaffected.
package main

import "fmt"

func main() {
	fmt.Println("stdout first")
	println("builtin", 42, true, "x")
	print("no newline ")
	println(1.5)
}
