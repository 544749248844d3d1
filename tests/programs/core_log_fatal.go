// Checks: log.Fatal prints to stderr (no prefix with SetFlags(0)), skips defers, exits 1.
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred (never printed)")
	fmt.Println("before fatal")
	log.Fatalf("fatal: %s failed", "startup")
}
