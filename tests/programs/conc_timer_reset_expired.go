// Checks: Reset on an expired, unreceived timer returns true (Go 1.23) and the old value is discarded.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println(t.Reset(60 * time.Millisecond))
	select {
	case <-t.C:
		fmt.Println("old value still there")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("no old value")
	}
	<-t.C
	fmt.Println("new expiry received")
}
