// Checks: sync.Once runs f once; if f panics, the Once still counts as done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("init once", i) })
	}
	var bad sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad.Do(func() { panic("init failed") })
	}()
	ran := false
	bad.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
