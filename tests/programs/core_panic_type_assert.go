// Checks: a failing single-value type assertion panics with "interface conversion".
package main

import "fmt"

func main() {
	var v any = "hello"
	fmt.Println(v.(string))
	n := v.(int)
	fmt.Println(n)
}
