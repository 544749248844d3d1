// Checks: panic with a complex128 prints (1+2i).
package main

func main() {
	panic(complex(1, 2))
}
