package main

import (
	"fmt"
	"math"
)

//go:noinline
func f(x float64) float64 { return x }

func main() {
	vals := []float64{1e20, -1e20, math.NaN(), math.Inf(1), math.Inf(-1), -1, -1.5, 3.7, -3.7, 1 << 63, 1<<64 + 1e5, 1 << 64, 9.3e18, -9.3e18, 4294967296.5, 2147483648, -2147483649, 300, -300, 70000, -70000, 1e10, -1e10, 2e19, -0.5, 1.8446744073709552e19}
	for _, v0 := range vals {
		v := f(v0)
		fmt.Println(v, int64(v), int32(v), int16(v), int8(v), int(v), uint64(v), uint32(v), uint16(v), uint8(v), uint(v), uintptr(v))
		w := float32(v)
		fmt.Println(" f32", int64(w), int32(w), int16(w), int8(w), uint64(w), uint32(w), uint16(w), uint8(w))
	}
}
