package main

import (
	"fmt"
	"math/rand"
)

// counter is a program's own rand.Source: rand.Rand draws through its Int63 method.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 0x1234567890abc; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Intn(10), r.Int63(), r.Uint64(), r.Float64(), r.Perm(4))
	r.Seed(100)
	fmt.Println(r.Int31n(7), r.Int63n(1000))
}
