// Checks: a goroutine sleeping for an hour keeps the program from being declared deadlocked (times out).
//
//deferlab:max-time 1s
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Println("main blocks; no deadlock error while a timer is pending")
	select {}
}
