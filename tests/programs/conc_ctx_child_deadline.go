// Checks: a child's longer timeout cannot outlive its parent's shorter one.
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	parent, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	child, cancel2 := context.WithTimeout(parent, time.Hour)
	defer cancel2()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", pd.Equal(cd))
	start := time.Now()
	<-child.Done()
	fmt.Println(child.Err(), time.Since(start) < 500*time.Millisecond)
}
