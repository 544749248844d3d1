// Checks: Fprintln(os.Stderr, ...) goes to stderr while Println goes to stdout.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "error: something went wrong", 42)
	fmt.Fprintln(os.Stderr, "second stderr line")
	fmt.Println("stdout again")
}
