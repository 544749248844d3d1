// Checks: the pre-1.23 "if !t.Stop() { <-t.C }" idiom after the value was received blocks
// forever under Go 1.23+ timers (a deadlock report), while Reset alone is safe.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired once")
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("fired after Reset")
	if !t.Stop() {
		fmt.Println("Stop returned false: draining")
		<-t.C
	}
	fmt.Println("never printed")
}
