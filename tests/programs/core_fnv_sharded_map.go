package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

func main() {
	shards := make([]*shard, 4)
	for i := range shards {
		shards[i] = &shard{m: map[string]int{}}
	}
	get := func(k string) *shard {
		h := fnv.New32a()
		h.Write([]byte(k))
		return shards[h.Sum32()%4]
	}
	var wg sync.WaitGroup
	for _, k := range []string{"a", "b", "c", "d", "a"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := get(k)
			s.mu.Lock()
			s.m[k]++
			s.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(get("a").m["a"])
}
