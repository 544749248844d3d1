// Checks: recursion 20,000 calls deep is ordinary Go (stacks grow), with a defer at the bottom.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func sum(n *node) int {
	if n == nil {
		return 0
	}
	return n.val + sum(n.next)
}

func countdown(n int) {
	if n == 0 {
		defer fmt.Println("bottom reached")
		return
	}
	countdown(n - 1)
}

func main() {
	var head *node
	for i := 1; i <= 20000; i++ {
		head = &node{i, head}
	}
	fmt.Println("sum", sum(head))
	countdown(15000)
}
