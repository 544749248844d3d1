package main

import (
	"fmt"
	"time"
)

// Calls hoisted before plain reads (gc's order) still run once, and their results are boxed
// as the values they are when passed to ...any: a struct, a time.Time, an error, a bool.
type P struct{ X, Y int }

func (p P) Move() P { return P{p.X + 1, p.Y + 1} }

var calls int

func count(ctx string) error {
	calls++
	if ctx == "" {
		return nil
	}
	return fmt.Errorf("failed: %s", ctx)
}

func flip(b *bool) bool { *b = !*b; return *b }

func main() {
	t := time.Date(2009, 11, 17, 20, 0, 0, 0, time.UTC)
	p := P{20, 40}
	fmt.Println(p, p.Move(), t.Add(time.Hour), t.Sub(t.Add(-time.Minute)))
	fmt.Println(calls, count(fmt.Sprint("x", calls)), calls)
	fmt.Println(count(""), calls)
	ok := true
	fmt.Println(ok, flip(&ok), ok)
	fmt.Printf("%v %T %v\n", p, p.Move(), []P{p, p.Move()})
	n := 1
	s := []int{n, func() int { n *= 10; return n }(), n}
	fmt.Println(s, calls)
}
