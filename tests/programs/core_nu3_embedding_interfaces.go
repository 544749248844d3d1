// Checks: embedded structs promote methods and satisfy interfaces; overriding; errors.As.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Closer interface{ Close() error }

type base struct{ name string }

func (b *base) Close() error { return fmt.Errorf("%s: closed", b.name) }
func (b base) Name() string   { return b.name }

type db struct {
	base
	conns int
}

type cache struct {
	*base
	items map[string][]int
}

func (c *cache) Close() error { return &closeErr{c.name, len(c.items)} }

type closeErr struct {
	what  string
	items int
}

func (e *closeErr) Error() string { return fmt.Sprintf("%s still held %d items", e.what, e.items) }

func main() {
	d := &db{base{"db"}, 3}
	c := &cache{&base{"cache"}, map[string][]int{"a": {1}, "b": {2, 3}}}
	closers := []Closer{d, c}
	var msgs []string
	for _, cl := range closers {
		err := cl.Close()
		var ce *closeErr
		if errors.As(err, &ce) {
			msgs = append(msgs, "typed: "+ce.what)
		}
		msgs = append(msgs, err.Error())
	}
	sort.Strings(msgs)
	fmt.Println(strings.Join(msgs, "; "))
	fmt.Println(d.Name(), c.Name(), d.conns)
	keys := make([]string, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] > keys[j] })
	fmt.Println(keys)
}
