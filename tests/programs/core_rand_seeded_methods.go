package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{42, 0, -7, 1 << 40, -(1 << 62), 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Intn(100), r.Int63(), r.Int31n(1000), r.Int(), r.Int63n(1e15+7))
		fmt.Println(r.Uint32(), r.Uint64(), r.Int31(), r.Intn(1<<40), r.Int63n(1024), r.Int31n(64))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(8))
		s := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
	}
	src := rand.NewSource(5)
	fmt.Println(src.Int63())
	src.Seed(5)
	fmt.Println(src.Int63())
	r := rand.New(src)
	r.Seed(9)
	fmt.Println(r.Intn(10), r.Intn(10), r.Intn(10))
	fmt.Printf("%T %T\n", src, r)
}
