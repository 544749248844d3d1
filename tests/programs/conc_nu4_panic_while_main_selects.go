// Checks: a goroutine panics while main is blocked in select; main's defers do not run.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main defer: never printed")
	errc := make(chan error)
	go func() {
		time.Sleep(5 * time.Millisecond)
		var m map[string]int
		m["boom"] = 1
		errc <- nil
	}()
	select {
	case err := <-errc:
		fmt.Println("got", err)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
