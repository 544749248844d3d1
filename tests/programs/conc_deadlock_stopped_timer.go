// Checks: a stopped timer does not keep the program alive; deadlock is reported.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	c := make(chan int)
	<-c
}
