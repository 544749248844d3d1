package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// Method expressions of library types: a function whose first parameter is the receiver.
func apply(ds []time.Duration, f func(time.Duration) string) []string {
	var out []string
	for _, d := range ds {
		out = append(out, f(d))
	}
	return out
}

func main() {
	f := time.Duration.String
	fmt.Println(f(90*time.Second), apply([]time.Duration{time.Millisecond, 2 * time.Hour}, time.Duration.String))
	secs := time.Duration.Seconds
	fmt.Println(secs(1500 * time.Millisecond))
	var wg sync.WaitGroup
	add, done := (*sync.WaitGroup).Add, (*sync.WaitGroup).Done
	add(&wg, 2)
	go func() { defer done(&wg); fmt.Println("worker 1") }()
	go func() { defer done(&wg); time.Sleep(time.Millisecond); fmt.Println("worker 2") }()
	(*sync.WaitGroup).Wait(&wg)
	var b strings.Builder
	ws := (*strings.Builder).WriteString
	ws(&b, "hello ")
	ws(&b, "world")
	fmt.Println(b.String(), (*strings.Builder).Len(&b))
}
