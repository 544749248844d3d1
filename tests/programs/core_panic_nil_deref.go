// Checks: dereferencing a nil pointer panics with the runtime error and a SIGSEGV line.
package main

import "fmt"

type Node struct{ Val int }

func main() {
	var n *Node
	fmt.Println("before")
	fmt.Println(n.Val)
}
