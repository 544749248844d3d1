package main

import (
	"fmt"
	"math"
)

const c int64 = math.MinInt64
const m1 int64 = -1
const d = c / -1
const u = -9223372036854775808 / -1

func main() {
	fmt.Println(int64(math.MinInt64) / -1)
	fmt.Println(int(math.MinInt) / -1)
	fmt.Println(c/m1, d, u/2, c%-1)
	fmt.Println(int64(math.MinInt64) / -1 / 2)
}
