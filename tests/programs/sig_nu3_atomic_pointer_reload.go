// Checks: atomic.Pointer[T] holds a config that SIGHUP swaps while workers read it; SIGTERM stops.
//
//deferlab:signal SIGHUP@80ms SIGTERM@160ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type Config struct {
	Version int
	Limit   int
}

var current atomic.Pointer[Config]

func main() {
	current.Store(&Config{Version: 1, Limit: 10})
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGTERM)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var served [3]atomic.Int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(10 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				fmt.Println("worker: stopping at version", current.Load().Version)
				return
			case <-tk.C:
				served[current.Load().Version].Add(1)
			}
		}
	}()
	for s := range sigs {
		if s == syscall.SIGHUP {
			old := current.Swap(&Config{Version: current.Load().Version + 1, Limit: 20})
			fmt.Println("reloaded: version", old.Version, "->", current.Load().Version)
			continue
		}
		fmt.Println("got", s)
		close(stop)
		break
	}
	wg.Wait()
	// tick counts depend on timing; that both versions served requests does not
	fmt.Println("served under v1:", served[1].Load() > 0, "under v2:", served[2].Load() > 0)
}
