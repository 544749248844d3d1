// Checks: runtime.Goexit runs all defers of the goroutine and recover() returns nil during it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner() {
	defer fmt.Println("inner defer")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { fmt.Println("recover during Goexit:", recover()) }()
		inner()
		fmt.Println("not reached either")
	}()
	wg.Wait()
	fmt.Println("main continues")
}
