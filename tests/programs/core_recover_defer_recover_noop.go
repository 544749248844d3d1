// Checks: `defer recover()` does not stop a panic (recover is not called by a deferred function).
package main

import "fmt"

func main() {
	defer fmt.Println("still runs")
	defer recover()
	panic("not stopped")
}
