// Checks: runtime.GOMAXPROCS(0) reports the setting and GOMAXPROCS(n) returns the previous value.
//
//deferlab:gomaxprocs 1
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0))
	fmt.Println(runtime.GOMAXPROCS(3))
	fmt.Println(runtime.GOMAXPROCS(0))
}
