// Checks: panic with a float64 uses the shortest formatting (1.5).
package main

func main() {
	panic(1.5)
}
