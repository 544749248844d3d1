// Checks: an empty select blocks forever: deadlock when nothing else can run.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred (never printed)")
	fmt.Println("select {}")
	select {}
}
