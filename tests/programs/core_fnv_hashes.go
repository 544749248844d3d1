package main

import (
	"fmt"
	"hash"
	"hash/fnv"
	"io"
)

func main() {
	for _, s := range []string{"", "a", "hello, world", "日本語"} {
		h1, h2 := fnv.New32(), fnv.New32a()
		h3, h4 := fnv.New64(), fnv.New64a()
		for _, h := range []io.Writer{h1, h2, h3, h4} {
			n, err := h.Write([]byte(s))
			if n != len(s) || err != nil {
				fmt.Println("bad write", n, err)
			}
		}
		fmt.Println(h1.Sum32(), h2.Sum32(), h3.Sum64(), h4.Sum64())
		fmt.Printf("%x %x\n", h2.Sum([]byte("pre:")), h4.Sum(nil))
	}
	var h hash.Hash32 = fnv.New32a()
	fmt.Fprintf(h, "key-%d", 42)
	io.WriteString(h, "/suffix")
	fmt.Println(h.Sum32(), h.Size(), h.BlockSize())
	h.Reset()
	fmt.Println(h.Sum32())
	var g hash.Hash = fnv.New64()
	_, is64 := g.(hash.Hash64)
	_, is32 := g.(hash.Hash32)
	fmt.Println(is64, is32, g.Size())
	fmt.Printf("%T %T %T %T\n", fnv.New32(), h, g, fnv.New64a())
	switch v := g.(type) {
	case hash.Hash32:
		fmt.Println("32", v.Sum32())
	case hash.Hash64:
		fmt.Println("64", v.Sum64())
	}
}
