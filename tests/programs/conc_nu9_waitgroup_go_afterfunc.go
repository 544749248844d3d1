// Checks: WaitGroup.Go (Go 1.25), context.AfterFunc with stop, WithoutCancel, Duration texts.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	results := make([]time.Duration, 3)
	for i := range 3 {
		wg.Go(func() {
			d := time.Duration(i+1) * 1500 * time.Microsecond
			time.Sleep(d)
			results[i] = d
		})
	}
	wg.Wait()
	fmt.Println(results, results[2].Seconds(), results[0].Round(time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan string, 2)
	stop1 := context.AfterFunc(ctx, func() { done <- "after-func 1 ran" })
	stop2 := context.AfterFunc(ctx, func() { done <- "after-func 2 ran" })
	fmt.Println("stop2 before cancel:", stop2())
	detached := context.WithoutCancel(ctx)
	cancel()
	fmt.Println(<-done, "| stop1 after run:", stop1())
	fmt.Println(ctx.Err(), detached.Err(), time.Duration(90)*time.Second, 1500*time.Millisecond)
}
