// Checks: := in an inner scope shadows the outer variable; if/else init scopes.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if n, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", n)
	} else {
		fmt.Println("error", err)
	}
	if x := 10; x > 5 {
		fmt.Println("if-scoped", x)
	}
	fmt.Println("still", x)
	var err error
	if true {
		_, err := strconv.Atoi("bad")
		_ = err
	}
	fmt.Println("outer err still nil:", err == nil)
}
