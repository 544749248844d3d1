// Checks: locking a sync.Mutex twice in one goroutine is a deadlock (Go's mutexes are not
// reentrant); the deferred Unlock never runs.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *store) Get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[k]
}

func (s *store) Incr(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = s.Get(k) + 1 // Get locks again: deadlock
}

func main() {
	s := &store{data: map[string]int{}}
	fmt.Println("get:", s.Get("a"))
	s.Incr("a")
	fmt.Println("unreachable")
}
