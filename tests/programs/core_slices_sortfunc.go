// slices.SortFunc / SortStableFunc / Sort follow Go's pdqsortCmpFunc, stableCmpFunc and
// pdqsortOrdered: the order of equal keys, the exact cmp call sequence (hashed for long inputs),
// NaN and -0 placement for floats, and MinFunc/MaxFunc/BinarySearchFunc picking the first match.
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type rec struct {
	name string
	age  int
}

func people(n int) []rec {
	s := make([]rec, n)
	x := 5
	for i := range s {
		x = (x*37 + 11) % 101
		s[i] = rec{fmt.Sprintf("p%d", i), 20 + x%5}
	}
	return s
}

func names(s []rec) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(r.name[1:] + " ")
	}
	return b.String()
}

func main() {
	var log []string
	small := people(7)
	slices.SortFunc(small, func(a, b rec) int {
		log = append(log, a.name+"?"+b.name)
		a.age = -1 // a copy: the slice keeps its values
		return cmp.Compare(a.age, b.age)
	})
	fmt.Println(names(small), log)
	for _, n := range []int{13, 25, 51, 77, 200} {
		a, b := people(n), people(n)
		var ha, hb uint64 = 14695981039346656037, 14695981039346656037
		slices.SortFunc(a, func(x, y rec) int {
			ha = ha*1099511628211 ^ uint64(len(x.name)*7+y.age)
			return x.age - y.age
		})
		slices.SortStableFunc(b, func(x, y rec) int {
			hb = hb*1099511628211 ^ uint64(len(x.name)*7+y.age)
			return cmp.Compare(x.age, y.age)
		})
		desc := people(n)
		slices.SortFunc(desc, func(x, y rec) int { return cmp.Compare(y.age, x.age) })
		fmt.Println(n, ha, hb)
		fmt.Println(" ", names(a[:10]), "|", names(b[n-6:]), "|", names(desc[:8]))
		oldest := slices.MaxFunc(a, func(x, y rec) int { return x.age - y.age })
		youngest := slices.MinFunc(a, func(x, y rec) int { return x.age - y.age })
		i, found := slices.BinarySearchFunc(b, 22, func(r rec, t int) int { return r.age - t })
		fmt.Println(" ", oldest, youngest, i, found, slices.IsSortedFunc(b, func(x, y rec) int { return x.age - y.age }))
	}
	fl := []float64{3, math.NaN(), 0, -1.5, math.Copysign(0, -1), 2, math.NaN(), 0, math.Inf(-1), 7, 1e-300, -0.0, 4, 0}
	slices.Sort(fl)
	fmt.Println(fl, slices.IsSorted(fl))
	for i := range fl {
		fmt.Print(math.Signbit(fl[i]), " ")
	}
	fmt.Println()
	words := strings.Fields("pear fig apple kiwi banana fig cherry date apple elderberry grape lime mango")
	slices.SortStableFunc(words, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(words)
	slices.Sort(words)
	fmt.Println(words, slices.Compact(words), slices.Max(words), slices.Min(fl[2:]))
}
