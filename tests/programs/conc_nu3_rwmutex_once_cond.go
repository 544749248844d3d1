// Checks: RWMutex readers and a writer, sync.Once under contention, buffered fan-in.
package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct {
	mu   sync.RWMutex
	vals map[string]int
	once sync.Once
	hits int
}

func (c *config) load() {
	c.once.Do(func() {
		time.Sleep(time.Millisecond)
		c.vals = map[string]int{"timeout": 30}
		c.hits++
	})
}

func (c *config) get(k string) int {
	c.load()
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.vals[k]
}

func (c *config) set(k string, v int) {
	c.load()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.vals[k] = v
}

func main() {
	c := &config{}
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.get("timeout")
		}()
	}
	wg.Wait()
	c.set("timeout", 60)
	fmt.Println(results, c.get("timeout"), c.hits)
	mu := sync.Mutex{}
	fmt.Println(mu.TryLock(), mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
}
