package main

import "fmt"

// The same panic statement fires twice: once in a call, once in a deferred call run while the
// first panic unwinds.  The second "boom" is recovered and wrapped in a new panic.  Two
// adjacent panics with the very same value print as one line (preprintpanics), so Go shows
// only the first "boom" and the wrapper.
func fail() {
	panic("boom")
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("wrapped: ", r))
		}
	}()
	defer fail()
	fail()
}
