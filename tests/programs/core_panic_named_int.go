// Checks: panic with a named integer type prints main.MyInt(5).
package main

type MyInt int

func main() {
	panic(MyInt(5))
}
