// Checks: const specs declaring several names at once: package and local, untyped and typed,
// and iota lists whose implicit repetition carries several expressions.
package main

import "fmt"

type Level int8

const minW, maxW = 3, 12

const (
	Low, LowMask Level = iota, 1 << iota
	Mid, MidMask
	_, _
	Top, TopMask
)

const (
	name, version = "deferlab", 1.5
	ok, zero      = true, 0
)

func main() {
	fmt.Println(minW, maxW, name, version, ok, zero)
	fmt.Println(Low, LowMask, Mid, MidMask, Top, TopMask)
	fmt.Printf("%T %T %T\n", TopMask, version, maxW)

	const lo, hi int64 = -1 << 40, 1<<40 - 1
	const (
		a, b = iota, iota * 10
		c, d
		e, f
	)
	fmt.Println(lo, hi, a, b, c, d, e, f)
	var p, q = d * 2, hi / 2
	fmt.Printf("%d %d %T\n", p, q, q)
}
