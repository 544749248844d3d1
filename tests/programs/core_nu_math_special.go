// Checks: math special cases: Max/Min with NaN and signed zeros, -0 from Ceil/Trunc, Pow/Mod/Exp poles and overflow.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	fmt.Println(math.Max(3, nan), math.Max(inf, nan), math.Max(negz, 0), math.Min(3, nan), math.Min(0, negz))
	fmt.Println(math.Ceil(-0.5), math.Trunc(-0.5), math.Floor(negz))
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(10, 400), math.Pow(0, -1), math.Pow(negz, -1), math.Pow(-10, 401))
	fmt.Println(math.Mod(5, 0), math.Mod(inf, 2), math.Mod(5, inf), math.Exp(1000))
}
