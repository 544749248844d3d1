// Checks: a panic in a deferred call during Goexit still crashes the program.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer panic("hello")
	defer fmt.Println("first deferred")
	runtime.Goexit()
}
