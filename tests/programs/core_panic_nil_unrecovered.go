// Checks: unrecovered panic(nil) prints the PanicNilError text.
package main

func main() {
	panic(nil)
}
