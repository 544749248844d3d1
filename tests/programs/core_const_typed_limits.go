// Checks: typed constant arithmetic is exact up to the edge of the type (no wrap-around), with
// untyped intermediates far beyond 64 bits, ^ on unsigned types and the int64 minimum.
package main

import (
	"fmt"
	"math"
	"time"
)

type Port uint16

const (
	maxDuration  time.Duration = 1<<63 - 1
	minDuration                = -maxDuration - 1
	longest                    = time.Hour * 24 * 365 * 292
	allBits                    = ^uint64(0)
	lowByte                    = ^uint8(0) >> 4
	maxPort      Port          = 1<<16 - 1
	firstPort                  = maxPort - 65534
	huge                       = 1 << 100
	backToInt                  = huge >> 98
	ratio                      = huge / 1e29
	nsPerDay                   = int64(24 * time.Hour)
	daysInMaxDur               = maxDuration / (24 * time.Hour)
	negMod                     = -7 % time.Duration(3)
	negDiv                     = -7 / time.Duration(2)
)

func main() {
	fmt.Println(maxDuration, minDuration)
	fmt.Println(int64(maxDuration) == math.MaxInt64, int64(minDuration) == math.MinInt64)
	fmt.Println(longest, allBits, lowByte)
	fmt.Printf("%T %v %v\n", firstPort, maxPort, firstPort)
	fmt.Println(backToInt, ratio > 12, ratio < 13)
	fmt.Println(nsPerDay, daysInMaxDur, int64(negMod), int64(negDiv))
	var f32 float32 = 16777217
	const f64 float64 = 16777217
	fmt.Println(f32, f64, float32(0.1) == 0.1)
	fmt.Println(math.MaxUint32*2, uint64(math.MaxUint64)/3)
}
