package main

import "fmt"

const S = "héllo"

func main() {
	const n = len(S)
	var a [len("abc")]int
	var b [len([3]int{})]int
	const m = len(a) + cap(b)
	p := &a
	const k = len(p)
	var c [len(a) * 2]string
	x := []int{1}
	fmt.Println(n, len(a), len(b), m, k, len(c), len(x), len(S[1:]))
	fmt.Printf("%T\n", len(S))
}
