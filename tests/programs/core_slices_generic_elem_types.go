package main

import (
	"fmt"
	"slices"
	"time"
)

// The slices package infers E from S ~[]E: results keep the element's own type (a
// time.Duration prints as 1.5s, a Celsius has its methods), and a named slice type stays named.
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Timeouts []time.Duration

func main() {
	ds := Timeouts{3 * time.Second, 1500 * time.Millisecond, 2 * time.Second}
	longest, shortest := slices.Max(ds), slices.Min(ds)
	fmt.Println(longest, shortest, longest.Seconds(), shortest > time.Second)
	fmt.Printf("%T %T\n", longest, slices.Clone(ds))
	sorted := slices.Clone(ds)
	slices.Sort(sorted)
	i, found := slices.BinarySearch(sorted, 2*time.Second)
	fmt.Println(sorted, i, found, slices.Index(ds, 2*time.Second), slices.Contains(ds, time.Minute))

	temps := []Celsius{21.5, 19, 23.25}
	fmt.Println(slices.Max(temps), slices.Min(temps))
	hot := slices.IndexFunc(temps, func(c Celsius) bool { return c > 22 })
	fmt.Println(hot, temps[hot])
	slices.SortFunc(temps, func(a, b Celsius) int {
		if a < b {
			return 1
		}
		if a > b {
			return -1
		}
		return 0
	})
	fmt.Println(temps)
}
