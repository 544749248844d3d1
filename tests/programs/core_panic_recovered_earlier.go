// Checks: a panic recovered earlier and finished is not printed with a later crash.
package main

import "fmt"

func first() {
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("first")
}

func main() {
	first()
	panic("second")
}
