// Checks: sized integer wrap-around, shifts, bit operations and conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = math.MaxInt32
	c += 2
	fmt.Println(a, b, c)
	var u uint = 1
	fmt.Println(u<<63, u<<64>>1, int64(-1)>>70, uint32(1)<<31)
	x := 0b1011_0110
	fmt.Println(x&0x0f, x|1, x^0xff, x&^0b110, bitsSet(uint64(x)))
	neg, pos := -2.9, 2.9
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, int(neg), int(pos), uint8(300&0xff))
	f := 1e100
	half := 0.5
	fmt.Println(int64(float64(math.MaxInt32)+half), math.Inf(1) > f, math.MaxUint16, math.MinInt8)
	var i64 int64 = math.MaxInt64
	fmt.Println(i64+1 < 0, uint64(i64)+1, int16(40000-65536))
}

func bitsSet(v uint64) int {
	n := 0
	for v != 0 {
		v &= v - 1
		n++
	}
	return n
}
