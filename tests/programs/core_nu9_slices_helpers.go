// Checks: slices.Compact (zeroing the tail), Clone (copies struct elements), IndexFunc, ContainsFunc.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type host struct {
	name string
	up   bool
}

func main() {
	s := []int{1, 1, 2, 3, 3, 3, 4}
	c := slices.Compact(s)
	fmt.Println(c, len(c), cap(c), s)
	words := []string{"go", "go", "defer", "defer", "panic"}
	fmt.Println(slices.Compact(words), words)
	hosts := []host{{"a", true}, {"b", false}}
	cl := slices.Clone(hosts)
	cl[0].up = false
	fmt.Println(hosts[0].up, cl[0].up, slices.Clone([]int(nil)) == nil)
	i := slices.IndexFunc(hosts, func(h host) bool { return !h.up })
	fmt.Println(i, slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "pa") }))
}
