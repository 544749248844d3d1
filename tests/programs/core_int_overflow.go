// Checks: fixed-size integers wrap around on overflow; conversions truncate.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u8b uint8 = 200
	u8b += 100
	fmt.Println(u8b)
	x := 300
	fmt.Println(int8(x), uint8(x), byte(x))
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64)
	var u uint = 3
	fmt.Println(u-4 > 0)
	neg := -1
	fmt.Println(uint16(neg), uint32(neg))
}
