package main

import (
	"fmt"
	"runtime"
	"sync"
)

// A panic raised by a deferred call while runtime.Goexit unwinds does not cancel the Goexit:
// recovering it in a caller's deferred call resumes the Goexit there, so the caller never
// returns normally and the goroutine still exits.
func worker() {
	defer func() { panic("cleanup failed") }()
	runtime.Goexit()
}

func guarded() (err any) {
	defer func() {
		err = recover()
		fmt.Println("guarded recovered:", err)
	}()
	worker()
	return nil
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("the goroutine's defers still run")
		fmt.Println("guarded returned:", guarded())
	}()
	wg.Wait()
	fmt.Println("main done")
}
