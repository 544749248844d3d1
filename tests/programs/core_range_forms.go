// Checks: range over int, string (byte index + rune), slice, map (sorted keys) and channel.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, r := range "aé😀b" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	for i := range []string{"x", "y"} {
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
