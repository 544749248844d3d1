// Checks: time.Now and time.Since measure a sleep (rounded to 100ms to stay deterministic).
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 100*time.Millisecond, el < time.Second)
	fmt.Println(el.Round(100 * time.Millisecond))
	deadline := start.Add(time.Second)
	fmt.Println(time.Until(deadline) > 800*time.Millisecond, deadline.After(start), start.Before(deadline))
	fmt.Println(deadline.Sub(start))
}
