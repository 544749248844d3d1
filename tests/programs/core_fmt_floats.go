// Checks: how fmt prints float64 and float32 values with %v and Println.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(3.0, 0.1, 1e21, 1e20, 123456789.0, 1e-7, 2.5e-5)
	fmt.Println(0.1+0.2, 1.0/3.0, float32(0.1), float32(1)/3)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%v %g %f %.1f %.0f\n", 2.0/3, 2.0/3, 2.0/3, 0.25, 2.5)
	fmt.Println(math.Sqrt(2), math.Pi, math.MaxInt64, math.Floor(-2.5))
	var x float64 = 7
	y := -7.9
	fmt.Println(x/2, int(x)/2, int(y))
}
