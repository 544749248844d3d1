// Checks: panic(42) prints the integer.
package main

func main() {
	panic(42)
}
