package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Copying a lock, a WaitGroup or an atomic copies its state: the copy is a separate value
// (go vet's copylocks warns; the program still runs).
type Stats struct {
	mu   sync.Mutex
	hits atomic.Int64
}

func (s Stats) Snapshot() int64 { // value receiver: s is a copy
	s.mu.Lock() // locks the copy only
	return s.hits.Load()
}

type Job struct {
	ID   int
	Done atomic.Bool
}

func main() {
	var s Stats
	s.hits.Add(2)
	fmt.Println("snapshot:", s.Snapshot(), s.Snapshot())
	fmt.Println("trylock original:", s.mu.TryLock())
	s.mu.Unlock()

	t := s // copies hits (2) and the unlocked mutex
	t.hits.Add(5)
	fmt.Println("original:", s.hits.Load(), "copy:", t.hits.Load())

	s.mu.Lock()
	u := s // a locked mutex copied stays locked in the copy
	fmt.Println("copy of locked mutex trylock:", u.mu.TryLock())
	s.mu.Unlock()
	fmt.Println("original trylock after unlock:", s.mu.TryLock())

	jobs := []Job{{ID: 1}, {ID: 2}}
	for _, j := range jobs { // j is a copy
		j.Done.Store(true)
	}
	fmt.Println("done flags:", jobs[0].Done.Load(), jobs[1].Done.Load())
	for i := range jobs {
		jobs[i].Done.Store(true)
	}
	fmt.Println("done flags:", jobs[0].Done.Load(), jobs[1].Done.Load())

	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	o2 := once // a done Once copied is done
	o2.Do(func() { fmt.Println("never") })
	var fresh sync.Once
	o3 := fresh
	o3.Do(func() { fmt.Println("copy of fresh once runs") })
	fresh.Do(func() { fmt.Println("original still runs") })

	var rw sync.RWMutex
	rw.RLock()
	rw2 := rw
	fmt.Println("copied read-locked rwmutex trylock:", rw2.TryLock(), "tryrlock:", rw2.TryRLock())
	rw.RUnlock()
	fmt.Println("original trylock:", rw.TryLock())

	var wg sync.WaitGroup
	wg.Add(1)
	wg2 := wg
	wg2.Done()
	wg.Done()
	wg.Wait()
	wg2.Wait()
	fmt.Println("both waitgroups at zero")
}
