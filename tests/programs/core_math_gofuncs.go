// math functions whose Go results are not the C library's: Exp and Log (amd64 assembly), Pow
// (pow.go's squaring), Log2/Log10, Hypot; plus rounding (Round, RoundToEven, Trunc), Mod, and
// the special values (Inf, NaN, -0, MaxFloat64, SmallestNonzeroFloat64) printed to the last digit.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 0.37
	for i := 0; i < 40; i++ {
		x = math.Mod(x*7.31+0.123, 1000) - 300
		y := x / 97.3
		fmt.Println(math.Exp(y*3), math.Log(math.Abs(x)), math.Log2(math.Abs(x)), math.Log10(math.Abs(x)),
			math.Pow(math.Abs(y)+0.5, x/50), math.Hypot(x, y), math.Sqrt(math.Abs(x)))
	}
	growth := 1000.0
	for year := 1; year <= 5; year++ {
		growth *= math.Pow(1.0725, 1.0/12*12)
		fmt.Printf("%d %.10f %v\n", year, growth, math.Exp(float64(year)*math.Log(1.0725)))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(-2, 3), math.Pow(2, -1074), math.Pow(10, 308.5), math.Pow(-8, 1.0/3))
	fmt.Println(math.Exp(709.7), math.Exp(710), math.Exp(-745.1), math.Exp(-746), math.Log(5e-324), math.Log(0))
	fmt.Println(math.Log2(1024), math.Log2(0.1), math.Log10(1000), math.Log10(7), math.Hypot(3, 4), math.Hypot(math.Inf(-1), math.NaN()))
	for _, v := range []float64{2.5, -2.5, 0.49999999999999994, 3.5, -0.4, 1e16 + 1, 4503599627370497} {
		fmt.Println(v, math.Round(v), math.RoundToEven(v), math.Trunc(v), math.Floor(v), math.Ceil(v), math.Mod(v, 0.75))
	}
	inf, nan := math.Inf(1), math.NaN()
	fmt.Println(inf, -inf, nan, math.IsInf(-inf, -1), math.IsInf(inf, -1), math.IsNaN(nan), nan == nan)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.Copysign(0, -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5, 0), math.Mod(inf, 2), math.Sqrt(-1), math.Pow(0, -1), math.Pow(-0.0, -3))
}
