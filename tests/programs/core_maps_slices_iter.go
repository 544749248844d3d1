// The maps package and the slices iterator functions: slices.Sorted(maps.Keys(m)) (the everyday
// idiom), Values/All/Collect/Insert/Clone/Copy/DeleteFunc/Equal/EqualFunc, breaking out of a
// range over an iterator, and slices.All/Backward/Values/Collect/Insert/Delete/AppendSeq/Repeat
// with the lengths and capacities real Go gives.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type point struct{ x, y int }

func main() {
	stock := map[string]int{"pear": 3, "apple": 7, "fig": 0, "kiwi": 12, "date": 5}
	for _, k := range slices.Sorted(maps.Keys(stock)) {
		fmt.Print(k, "=", stock[k], " ")
	}
	fmt.Println()
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals, len(vals), cap(vals))
	seen := 0
	for k, v := range maps.All(stock) {
		if v > 100 || k == "" {
			fmt.Println("impossible")
		}
		seen++
		if seen == 3 {
			break
		}
	}
	fmt.Println("seen", seen)

	c := maps.Clone(stock)
	c["fig"] = 9
	fmt.Println(maps.Equal(c, stock), stock["fig"], len(c))
	maps.DeleteFunc(c, func(k string, v int) bool { return v > 6 })
	fmt.Println(slices.Sorted(maps.Keys(c)))
	maps.Copy(c, map[string]int{"lime": 1, "pear": 30})
	fmt.Println(c["pear"], c["lime"], len(c))
	same := maps.EqualFunc(c, map[string]string{"pear": "30", "fig": "9", "date": "5", "lime": "1"},
		func(a int, b string) bool { return fmt.Sprint(a) == b })
	fmt.Println("equalfunc", same)

	byName := maps.Collect(maps.All(map[point]string{{1, 2}: "a", {3, 4}: "b"}))
	fmt.Println(byName[point{3, 4}], len(byName))
	maps.Insert(byName, maps.All(map[point]string{{5, 6}: "c"}))
	fmt.Println(len(byName), byName[point{5, 6}])

	words := strings.Fields("go is a fun language to write tools in")
	for i, w := range slices.Backward(words) {
		if i < 6 {
			break
		}
		fmt.Print(i, ":", w, " ")
	}
	fmt.Println()
	for i, w := range slices.All(words[:3]) {
		fmt.Print(i, w, ";")
	}
	fmt.Println()
	long := slices.Collect(func(yield func(string) bool) {
		for w := range slices.Values(words) {
			if len(w) > 2 && !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(long, len(long), cap(long))
	nums := []int{1, 2, 3, 4, 5}
	nums = slices.Insert(nums, 2, 10, 11)
	fmt.Println(nums, len(nums), cap(nums))
	nums = slices.Delete(nums, 1, 3)
	fmt.Println(nums, len(nums), cap(nums), nums[:cap(nums)])
	both := slices.AppendSeq(slices.Clip(nums), slices.Values([]int{7, 8, 9}))
	fmt.Println(both, len(both), cap(both), slices.Repeat([]string{"ab", "c"}, 3))
	fmt.Println(slices.Index(both, 7), slices.Contains(words, "fun"), slices.Sorted(slices.Values(both)))
}
