// Checks: Notify + done channel: on SIGTERM, main closes done and waits for workers to clean up.
//
//deferlab:signal SIGTERM@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT)
	done := make(chan struct{})
	var wg sync.WaitGroup
	cleaned := make([]string, 3)
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { cleaned[id] = fmt.Sprintf("worker %d cleaned up", id) }()
			for {
				select {
				case <-done:
					return
				case <-time.After(30 * time.Millisecond):
				}
			}
		}()
	}
	fmt.Println("serving")
	s := <-sigs
	fmt.Println("got signal:", s)
	close(done)
	wg.Wait()
	for _, c := range cleaned {
		fmt.Println(c)
	}
	fmt.Println("clean exit")
}
