// Checks: a deferred cleanup panics while another panic unwinds; the chain is printed.
package main

import (
	"errors"
	"fmt"
)

func flush() {
	panic(errors.New("flush: broken pipe"))
}

func main() {
	defer fmt.Println("first deferred still runs")
	defer flush()
	fmt.Println("serving")
	var m map[string]int
	m["x"]++
}
