package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Printing a struct that embeds locks and atomics shows their (go1.27) internal fields.
type Counter struct {
	mu sync.Mutex
	n  int
}

type Metrics struct {
	Hits atomic.Int64
	Name string
	Up   atomic.Bool
	Errs atomic.Int32
	Left atomic.Uint64
}

type Registry struct {
	sync.RWMutex
	names []string
}

func main() {
	c := &Counter{n: 3}
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", *c)
	c.mu.Lock()
	fmt.Printf("locked: %v\n", c)
	c.mu.Unlock()

	var m Metrics
	m.Hits.Add(7)
	m.Up.Store(true)
	m.Errs.Add(-2)
	m.Left.Store(10)
	m.Name = "api"
	fmt.Printf("%+v\n", &m)
	fmt.Println(m.Hits.Load(), &m.Up)

	var wg sync.WaitGroup
	fmt.Printf("%v\n", &wg)
	wg.Add(3)
	fmt.Printf("%+v\n", &wg)
	wg.Add(-3)

	var once sync.Once
	fmt.Printf("%v\n", &once)
	once.Do(func() {})
	fmt.Printf("%v\n", &once)

	r := &Registry{names: []string{"a"}}
	fmt.Printf("%v\n", r)
	r.RLock()
	r.RLock()
	fmt.Printf("%+v\n", r)
	r.RUnlock()
	r.RUnlock()

	// a waiter is counted in the mutex state
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		mu.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("%v\n", &mu)
	mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	fmt.Printf("%v\n", &mu)

	var v atomic.Value
	fmt.Printf("%v\n", &v)
	v.Store("cfg")
	fmt.Printf("%+v\n", &v)
}
