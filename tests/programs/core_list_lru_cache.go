package main

import (
	"container/list"
	"fmt"
	"sync"
)

type LRU struct {
	mu  sync.Mutex
	cap int
	ll  *list.List
	m   map[string]*list.Element
}

func (c *LRU) Put(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[k]; ok {
		c.ll.MoveToFront(e)
		return
	}
	c.m[k] = c.ll.PushFront(k)
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.m, old.Value.(string))
	}
}

func main() {
	c := &LRU{cap: 2, ll: list.New(), m: map[string]*list.Element{}}
	for _, k := range []string{"a", "b", "a", "c"} {
		c.Put(k)
	}
	for e := c.ll.Front(); e != nil; e = e.Next() {
		fmt.Println(e.Value)
	}
}
