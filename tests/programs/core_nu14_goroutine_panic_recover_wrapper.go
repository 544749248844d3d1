// Checks: a "safe go" wrapper that recovers panics in workers and reports them as errors.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- error, name string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Errorf("%s panicked: %v", name, r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	safeGo(&wg, errs, "parser", func() {
		var s []int
		_ = s[3]
	})
	safeGo(&wg, errs, "writer", func() {
		var m map[string]bool
		m["x"] = true
	})
	safeGo(&wg, errs, "ok", func() {})
	safeGo(&wg, errs, "custom", func() { panic(fmt.Sprintf("bad state %d", 7)) })
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e.Error())
	}
	sort.Strings(msgs)
	for _, m := range msgs {
		fmt.Println(m)
	}
}
