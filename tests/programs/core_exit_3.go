// Checks: os.Exit(3) exits with status 3 and skips deferred calls.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
