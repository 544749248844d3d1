// Checks: go with a method value and with a library function.
package main

import (
	"fmt"
	"sync"
	"time"
)

type counter struct {
	mu sync.Mutex
	n  int
	wg *sync.WaitGroup
}

func (c *counter) bump(by int) {
	defer c.wg.Done()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n += by
}

func main() {
	var wg sync.WaitGroup
	c := &counter{wg: &wg}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go c.bump(i)
	}
	wg.Wait()
	f := c.bump
	wg.Add(1)
	go f(100)
	wg.Wait()
	fmt.Println("total", c.n)
	go fmt.Println("from a library goroutine")
	time.Sleep(10 * time.Millisecond)
}
