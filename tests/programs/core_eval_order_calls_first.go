package main

// Evaluation order inside one expression, as gc does it: every call (and receive, append,
// copy, &&/||) of the expression runs first, left to right; plain variable, field, index
// and map reads are evaluated afterwards, so they see the calls' effects.  Non-addressable
// bool/byte values converted to interfaces (!b, s[i] of a string) are copied in place.

import "fmt"

func inc(p *int) int { *p++; return *p }

type C struct{ n int }

func (c *C) Inc() int { c.n++; return c.n }

func pair(n int) (int, int) { return n, inc(&n) }

func main() {
	x := 1
	fmt.Println(x, inc(&x))
	w := 2
	fmt.Println(w+inc(&w), w)
	y := 1
	a, b := y, inc(&y)
	s := []int{y, inc(&y)}
	fmt.Println(a, b, s)
	fmt.Println(pair(5))
	bs := []byte("ab")
	fmt.Println(string(bs), copy(bs, "zz"), bs[0])
	c := &C{}
	fmt.Println(c.n, c.Inc(), c.Inc()+c.n)
	m := map[string]int{"k": 1}
	set := func() int { m["k"] = 9; return 0 }
	fmt.Println(m["k"], set())
	ch := make(chan int, 3)
	ch <- 4
	ch <- 5
	r := 0
	get := func() int { r = <-ch; return r }
	fmt.Println(r, get(), <-ch, r)
	ok := true
	flip := func() bool { ok = !ok; return true }
	fmt.Println(ok && flip(), ok, ok || flip(), ok)
	n := 10
	fmt.Println(n > 10 || inc(&n) > 0, n)
	if n == 11 && inc(&n) == 12 && n == 12 {
		fmt.Println("if", n)
	}
	n += inc(&n)
	fmt.Println(n)
	p, q := 0, 0
	p, q = n, inc(&n)
	fmt.Println(p, q, len(s), s[:1], append(s, inc(&x)), x)
	bb := true
	neg := func() int { bb = false; return 1 }
	fmt.Println(!bb, neg(), bb)
	str := "abc"
	sf := func() int { str = "xyz"; return 1 }
	fmt.Println(str[0], sf(), str)
	h := 3
	fmt.Println(h, inc(&h)+inc(&h), fmt.Sprint(h, inc(&h)), h)
	defer fmt.Println("deferred", h, inc(&h))
	for i := 0; i < inc(&i); i++ {
		if i > 4 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
}
