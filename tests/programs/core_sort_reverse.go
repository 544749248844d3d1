// sort.Reverse wraps a sort.Interface (Less swapped) for sort.Sort and sort.Stable; sort.IsSorted,
// sort.SliceIsSorted, sort.Search/SearchInts/Find, the IntsAreSorted family, and a Less method
// that prints, so the exact call sequence through the wrapper shows.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type loud []int

func (l loud) Len() int { return len(l) }
func (l loud) Less(i, j int) bool {
	fmt.Printf("L%d%d ", i, j)
	return l[i] < l[j]
}
func (l loud) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

func main() {
	words := strings.Fields("go rust c zig java kotlin d ocaml lua perl ruby swift dart nim scala elixir")
	sort.Sort(sort.Reverse(byLen(words)))
	fmt.Println(words)
	sort.Stable(sort.Reverse(byLen(words)))
	fmt.Println(words, sort.IsSorted(sort.Reverse(byLen(words))), sort.IsSorted(byLen(words)))
	nums := loud{4, 1, 3, 5, 2}
	sort.Sort(sort.Reverse(nums))
	fmt.Println()
	fmt.Println(nums, sort.Reverse(nums).Len())
	ints := []int{9, 2, 7, 2, 11, 5, 0, -3}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 7), sort.SearchInts(ints, 8))
	i := sort.Search(len(ints), func(i int) bool { return ints[i] >= 5 })
	j, found := sort.Find(len(ints), func(i int) int { return 2 - ints[i] })
	fmt.Println(i, j, found)
	strs := []string{"pear", "Apple", "fig", "apple"}
	sort.Strings(strs)
	fmt.Println(strs, sort.StringsAreSorted(strs), sort.SliceIsSorted(strs, func(a, b int) bool { return len(strs[a]) < len(strs[b]) }))
	fl := []float64{2.5, -1, 0, 7}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 1))
}
