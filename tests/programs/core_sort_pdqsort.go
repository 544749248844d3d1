// sort.Slice, sort.Sort, sort.SliceStable and sort.Stable follow Go's pdqsort / insertion+SymMerge
// exactly: where equal keys end up, and every less/Less/Swap call in order (logged into a hash
// for long inputs, printed for short ones), across the 12-element insertion cutoff, the
// 50-element ninther cutoff, decreasing input and heavy duplication.
package main

import (
	"fmt"
	"sort"
)

type item struct{ key, id int }

type byKey struct {
	s   []item
	log *uint32
}

func (b byKey) Len() int { return len(b.s) }
func (b byKey) Less(i, j int) bool {
	*b.log = *b.log*16777619 ^ uint32(i*131+j)
	return b.s[i].key < b.s[j].key
}
func (b byKey) Swap(i, j int) { *b.log = *b.log*31 + uint32(i^j); b.s[i], b.s[j] = b.s[j], b.s[i] }

func gen(n, mod, mode int) []item {
	s := make([]item, n)
	x := 17
	for i := range s {
		x = (x*1103 + 12345) % 9973
		k := x % mod
		if mode == 1 {
			k = n - i
		} else if mode == 2 {
			k = i / 3
		}
		s[i] = item{k, i}
	}
	return s
}

func ids(s []item) []int {
	out := make([]int, len(s))
	for i, it := range s {
		out[i] = it.id
	}
	return out
}

func main() {
	small := gen(6, 3, 0)
	var calls []string
	sort.Slice(small, func(i, j int) bool {
		calls = append(calls, fmt.Sprintf("%d<%d", i, j))
		return small[i].key < small[j].key
	})
	fmt.Println(ids(small), calls)
	for _, n := range []int{12, 13, 20, 49, 50, 61, 130, 300} {
		for mode := 0; mode < 3; mode++ {
			a, b := gen(n, 4, mode), gen(n, 4, mode)
			c, d := gen(n, 4, mode), gen(n, 4, mode)
			na, nc := 0, 0
			sort.Slice(a, func(i, j int) bool { na++; return a[i].key < a[j].key })
			sort.SliceStable(c, func(i, j int) bool { nc++; return c[i].key < c[j].key })
			var hb, hd uint32 = 2166136261, 2166136261
			sort.Sort(byKey{b, &hb})
			sort.Stable(byKey{d, &hd})
			var hs uint32
			ok := sort.IsSorted(byKey{b, &hs})
			fmt.Println(n, mode, na, nc, hb, hd, ok, hs)
			if n <= 20 {
				fmt.Println(" ", ids(a), ids(c))
			} else {
				fmt.Println(" ", ids(a)[:12], ids(b)[n-8:], ids(d)[:6])
			}
		}
	}
}
