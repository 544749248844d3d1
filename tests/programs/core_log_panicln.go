// Checks: log.Panicln logs the message, then panics with it (exit 2).
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred runs during log.Panic")
	log.Panicln("lp")
}
