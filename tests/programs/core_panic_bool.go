// Checks: panic(true) prints true.
package main

func main() {
	panic(true)
}
