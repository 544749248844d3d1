package main

import (
	"fmt"
	"runtime"
)

// main calls a function that calls runtime.Goexit; a deferred call panics during the Goexit
// and a deferred recover further up catches it.  The Goexit resumes: main's own deferred call
// runs, main never prints its last line, and with no other goroutine Go reports a deadlock.
func step() {
	defer func() {
		var m map[string]int
		m["x"] = 1 // assignment to entry in nil map, during Goexit
	}()
	runtime.Goexit()
}

func protect(f func()) (v any) {
	defer func() {
		v = recover()
		fmt.Println("protect recovered:", v)
	}()
	f()
	return nil
}

func main() {
	defer fmt.Println("main's deferred call runs")
	fmt.Println("protect returned:", protect(step))
}
