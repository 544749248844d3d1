// Checks: an unrecovered panic with a custom error value in a goroutine; main's defer is lost.
package main

import (
	"fmt"
	"time"
)

type shutdownError struct {
	stage string
	code  int
}

func (e *shutdownError) Error() string {
	return fmt.Sprintf("shutdown failed at %s (code %d)", e.stage, e.code)
}

func main() {
	defer fmt.Println("main deferred: lost")
	go func() {
		defer fmt.Println("goroutine deferred: runs")
		panic(&shutdownError{"drain", 3})
	}()
	time.Sleep(time.Second)
}
