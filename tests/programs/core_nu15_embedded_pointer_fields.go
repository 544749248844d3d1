// Checks: embedded pointer fields start nil, promote methods, and are shared by struct copies.
package main

import (
	"fmt"
	"sync"
)

type Logger struct{ n int }

func (l *Logger) Inc() { l.n++ }

type S struct {
	*Logger
	*sync.Mutex
	v int
}

func main() {
	var s S
	fmt.Println(s.Logger == nil, s.Mutex == nil)
	fmt.Printf("%+v\n", s)
	s.Logger = &Logger{}
	s.Mutex = &sync.Mutex{}
	s.Lock()
	s.Inc()
	s.Unlock()
	t := s
	t.Inc()
	fmt.Println(s.n, t.n, s.Logger == t.Logger)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z S
	z.Inc()
}
