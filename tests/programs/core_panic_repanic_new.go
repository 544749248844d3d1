// Checks: recovering and panicking with a new value prints "[recovered]" and the new panic tab-indented.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped: %v", r))
	}()
	panic("boom")
}
