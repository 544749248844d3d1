package main

import (
	"fmt"
	"sync"
	"time"
)

type lockedLog struct {
	mu   sync.Mutex
	logs []string
}

func (l *lockedLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.logs = append(l.logs, string(p))
	return len(p), nil
}

// fmt.Fprintf to a Write that has to wait for a mutex blocks the goroutine until it is free.
func main() {
	l := &lockedLog{}
	l.mu.Lock()
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("unlocking")
		l.mu.Unlock()
	}()
	n, err := fmt.Fprintf(l, "entry %d", 1)
	fmt.Println(n, err, l.logs)
}
