// Checks: only the newest panic's String runs when it panics (fatal error); the older value's
// String is never called.
package main

import "fmt"

type Bad struct{}

func (Bad) String() string {
	fmt.Println("Bad.String called")
	panic("boom")
}

type Good struct{}

func (Good) String() string {
	fmt.Println("Good.String called")
	return "good"
}

func main() {
	defer func() {
		panic(Bad{})
	}()
	panic(Good{})
}
