// Checks: sort and slices helpers on structs (stable order, binary search, min/max, contains).
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type job struct {
	name string
	prio int
}

func main() {
	jobs := []job{{"b", 2}, {"a", 1}, {"d", 2}, {"c", 1}}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].prio < jobs[j].prio })
	fmt.Println(jobs)
	names := []string{"queue", "db", "cache", "http"}
	slices.Sort(names)
	i, found := slices.BinarySearch(names, "db")
	fmt.Println(names, i, found, slices.Contains(names, "grpc"), slices.Index(names, "http"))
	nums := []int{5, 2, 9, 1}
	fmt.Println(slices.Max(nums), slices.Min(nums), len(nums))
	slices.Reverse(nums)
	fmt.Println(nums, strings.Join(slices.Compact([]string{"a", "a", "b"}), ","))
}
