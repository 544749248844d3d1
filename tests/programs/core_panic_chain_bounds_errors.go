package main

import "fmt"

// The same out-of-range index twice: a bounds error is a new value each time, so unlike the
// shared runtime errors both panics print, the second tab-indented.
func at(s []int, i int) int { return s[i] }

func main() {
	defer func() {
		fmt.Println("the deferred call indexes out of range too")
		fmt.Println(at(nil, 0))
	}()
	fmt.Println(at(nil, 0))
}
