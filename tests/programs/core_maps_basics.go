// Checks: map comma-ok lookup, delete, len, zero values, map of slices, sorted key iteration.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"bob": 30}
	ages["amy"] = 25
	ages["cal"] = 0
	v, ok := ages["cal"]
	fmt.Println(v, ok)
	v, ok = ages["dan"]
	fmt.Println(v, ok)
	delete(ages, "bob")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	groups := map[bool][]int{}
	for i := 1; i <= 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	counts := map[rune]int{}
	for _, c := range "hello" {
		counts[c]++
	}
	fmt.Println(counts['l'], counts['z'])
	clear(ages)
	fmt.Println(len(ages))
}
