package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// reverse embeds a sort.Interface and overrides Less: the classic wrapper.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(byLen(words))
	fmt.Println(words)
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	r := reverse{byLen(words)}
	fmt.Println(r.Len(), r.Less(0, 1))
	sort.Sort(sort.Reverse(byLen(words)))
	fmt.Println(words)
}
