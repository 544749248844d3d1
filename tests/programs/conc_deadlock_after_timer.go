// Checks: a pending sleep postpones deadlock detection until it fires.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(200 * time.Millisecond)
		fmt.Println("sleeper woke, now blocks forever")
		select {}
	}()
	fmt.Println("main blocks")
	var c chan int
	<-c
}
