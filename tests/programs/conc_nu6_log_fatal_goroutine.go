// Checks: log.Fatal in a goroutine exits with status 1 at once; no deferred call runs.
package main

import (
	"fmt"
	"log"
	"time"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("[svc] ")
	defer fmt.Println("main defer: lost")
	go func() {
		defer fmt.Println("goroutine defer: lost too")
		time.Sleep(5 * time.Millisecond)
		log.Fatalf("cannot bind %s: %v", ":8080", "address in use")
	}()
	time.Sleep(time.Second)
	fmt.Println("unreachable")
}
