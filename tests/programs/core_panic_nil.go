// Checks: panic(nil) becomes *runtime.PanicNilError (go 1.21+) when recovered.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		_, isRuntime := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRuntime)
	}()
	panic(nil)
}
