// Checks: a token-bucket limiter built from a ticker and a buffered channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	refill := time.NewTicker(20 * time.Millisecond)
	defer refill.Stop()
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-refill.C:
				select {
				case tokens <- struct{}{}:
				default:
				}
			case <-done:
				return
			}
		}
	}()
	start := time.Now()
	var waits []bool
	for i := 0; i < 6; i++ {
		before := time.Now()
		<-tokens
		waits = append(waits, time.Since(before) > 5*time.Millisecond)
	}
	close(done)
	fmt.Println(waits, time.Since(start) >= 55*time.Millisecond)
}
