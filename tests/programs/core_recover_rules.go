// Checks: recover works only when called directly by a deferred function during a panic.
package main

import "fmt"

func helper() any { return recover() }

func noPanic() {
	defer func() { fmt.Println("no panic, recover():", recover()) }()
}

func indirect() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer direct recover: ", r)
	}()
	defer func() {
		fmt.Println("helper recover():", helper())
	}()
	panic("p1")
}

func main() {
	noPanic()
	fmt.Println(indirect())
	fmt.Println("top-level recover():", recover())
}
