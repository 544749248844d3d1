// Checks: time.AfterFunc runs f in its own goroutine; its C is nil; Stop before firing prevents it.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan bool)
	t := time.AfterFunc(30*time.Millisecond, func() {
		fmt.Println("AfterFunc fired")
		done <- true
	})
	fmt.Println("C is nil:", t.C == nil)
	<-done
	fmt.Println("stop after fire:", t.Stop())
	t2 := time.AfterFunc(50*time.Millisecond, func() { fmt.Println("never") })
	fmt.Println("stop before fire:", t2.Stop())
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
}
