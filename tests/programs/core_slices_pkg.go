// Checks: the slices and sort packages: Sort, Contains, Index, Reverse, Max, sort.Slice.
package main

import (
	"fmt"
	"slices"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 5), slices.Max(xs))
	slices.Reverse(xs)
	fmt.Println(xs)
	people := []Person{{"b", 30}, {"a", 25}, {"c", 30}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age < people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	words := []string{"pear", "fig", "apple"}
	sort.Strings(words)
	fmt.Println(words, sort.SearchInts([]int{1, 3, 5}, 4))
}
