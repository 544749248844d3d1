// Checks: panic with a big float64 prints exponent form 1e+21.
package main

func main() {
	x := 1e21
	panic(x)
}
