// Checks: the capacity append picks (growslice rounded up to a malloc size class) depends on
// the element size: one element at a time, several at once, with spread, with spare room.
package main

import "fmt"

type Pair struct {
	Key   string
	Count int32
}

// caps appends one element at a time and reports each new capacity.
func caps(n int) {
	var s []int
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, i)
		if cap(s) != last {
			last = cap(s)
			fmt.Print(last, " ")
		}
	}
	fmt.Println(s[:3])
}

func main() {
	caps(600)

	var bs []byte
	var rs []rune
	var ss []string
	var ps []Pair
	for i := 0; i < 5; i++ {
		bs = append(bs, 'a'+byte(i))
		rs = append(rs, 'α'+rune(i))
		ss = append(ss, fmt.Sprint(i))
		ps = append(ps, Pair{"k", int32(i)})
		fmt.Println(len(bs), cap(bs), cap(rs), cap(ss), cap(ps))
	}
	fmt.Println(string(bs), string(rs), ss, ps)

	nums := []int{1, 2, 3}
	nums = append(nums, 4, 5, 6, 7)
	fmt.Println(len(nums), cap(nums), nums)

	more := append(nums, nums...)
	fmt.Println(len(more), cap(more))

	buf := make([]int, 0, 5)
	buf = append(buf, 1, 2, 3, 4, 5)
	fmt.Println(cap(buf), buf)
	buf = append(buf, 6)
	fmt.Println(cap(buf), buf)

	words := append([]string(nil), "x", "y", "z")
	fmt.Println(cap(words), words)
}
