// Checks: closure parameters and named results that reuse an outer variable's name shadow it
// (err/check helpers, nested literals, deferred and go'd closures) without touching the outer one.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func parse(s string) (n int, err error) {
	defer func(err error) { // the parameter, not the named result
		if err != nil {
			n = -1
		}
	}(errors.New("ignored"))
	if s == "" {
		err = errors.New("empty")
	}
	return len(s), err
}

func main() {
	err := errors.New("outer")
	check := func(err error) string {
		if err == nil {
			return "ok"
		}
		return "failed: " + err.Error()
	}
	fmt.Println(check(nil), check(err), err)

	a, total := 1, 0
	scale := func(a int) func(int) int {
		return func(b int) int { total += a * b; return a * b }
	}
	fmt.Println(a, scale(3)(4), scale(a)(5), total)

	n, perr := parse("hello")
	fmt.Println(n, perr)

	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = i * 100
		}(2 - i)
	}
	wg.Wait()
	fmt.Println(out)
}
