// Checks: integer division by zero panics with a runtime error.
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(6, 3))
	fmt.Println(div(1, 0))
}
