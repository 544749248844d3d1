// Checks: printing slices, arrays, maps (fmt sorts map keys) and nested collections.
package main

import "fmt"

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, len(m))
	im := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(im)
	fmt.Println([]string{"a", "b"}, [3]int{1, 2, 3}, [][]int{{1}, {2, 3}})
	fmt.Printf("%q\n", []string{"a", "b"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1}})
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%#v\n", map[string]bool{"y": true, "n": false})
}
