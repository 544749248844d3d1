// Checks: embedding an interface (decorator), embedding sync.Mutex by value, overriding a method.
package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Hit(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

type Animal interface{ Sound() string }
type base struct{}

func (base) Sound() string { return "..." }
func (base) Name() string  { return "base" }

type dog struct{ base }

func (dog) Sound() string { return "woof" }

func main() {
	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s", "world")
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)
	c := &Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Hit([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.hits)
	var a Animal = dog{}
	fmt.Println(a.Sound(), dog{}.Name(), dog{}.base.Sound())
}
