// Checks: int and int64 arithmetic wraps around at run time; conversions from uint64 too.
package main

import (
	"fmt"
	"math"
)

func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func main() {
	x := math.MaxInt64
	x++
	y := -x
	var u uint64 = math.MaxUint64
	var m int64 = math.MinInt64
	fmt.Println(x, y, int64(u), int(u>>1), m-1, m*2, -m)
	acc := 1
	for i := 0; i < 70; i++ {
		acc *= 3
	}
	fmt.Println(acc, fnv("graceful"), fnv("shutdown")%1000)
}
