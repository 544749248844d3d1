// Checks: writing to a nil map panics "assignment to entry in nil map".
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println("read from nil map:", m["a"], len(m))
	m["a"] = 1
}
