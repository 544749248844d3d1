// Checks: SIGTERM kills a program blocked forever (no Notify) with 143 rather than a deadlock report later.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Println("blocked")
	select {}
}
