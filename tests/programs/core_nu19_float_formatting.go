// Checks: how Go prints floats: shortest form, exponents, %e %g %f, NaN/Inf, float32, -0.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(1e21, 1e20, 123456789.0, 0.000001, 0.0000001, 1.0, 2.5e-8, 100.0/3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, math.Pi, float32(math.Pi))
	fmt.Println(math.NaN(), math.Inf(-1), -0.0, math.Copysign(0, -1), 1/math.Inf(1))
	fmt.Printf("%e %E %.3e %g %G %.3g %8.2f|%-8.2f|%+.1f\n", 12345.678, 0.00012, 1e6, 1e-7, 1e21, 3.14159, -2.5, 2.5, 3.0)
	fmt.Printf("%v %.0f %.0f %.0f %5.1f%%\n", 2.0/3, 0.5, 1.5, 2.5, 99.95)
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', -1, 64),
		strconv.FormatFloat(255, 'e', 2, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	var sum float64
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Round(sum*100)/100, math.Floor(-1.5), math.Trunc(-1.5), math.Sqrt(2))
}
