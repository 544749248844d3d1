package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	for _, s := range [][2]uint64{{1, 2}, {0, 0}, {42, 1 << 63}, {^uint64(0), 12345}} {
		r := rand.New(rand.NewPCG(s[0], s[1]))
		fmt.Println(r.IntN(100), r.Int64(), r.Uint32(), r.Uint64(), r.Int32(), r.Int(), r.Uint())
		fmt.Println(r.Int64N(1e15+7), r.Uint64N(1<<63+5), r.Int32N(1000), r.Uint32N(64), r.IntN(6), r.UintN(9))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(7))
		s := []int{10, 20, 30, 40, 50}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
	}
	p := rand.NewPCG(3, 4)
	fmt.Println(p.Uint64())
	p.Seed(3, 4)
	fmt.Println(p.Uint64())
	fmt.Printf("%T\n", p)
}
