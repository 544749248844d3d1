// Checks: unbounded recursion is a fatal stack overflow, not a panic.
package main

import "fmt"

func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	defer fmt.Println("deferred in main")
	fmt.Println(depth(0))
}
