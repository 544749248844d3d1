// Checks: log.Println with SetFlags(0) and SetPrefix writes "prefix message" lines to stderr.
package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("starting", 3, "workers")
	fmt.Println("stdout line")
}
