// Checks: pointers to variables, new, pointer to struct field, swapping via pointers.
package main

import "fmt"

type T struct{ V int }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := new(int)
	*p = 5
	fmt.Println(*p)
	t := &T{V: 1}
	q := &t.V
	*q = 9
	fmt.Println(t.V, *q)
	var pp **int = &p
	**pp = 6
	fmt.Println(*p)
	ts := []T{{1}, {2}}
	for i := range ts {
		ts[i].V *= 10
	}
	for _, v := range ts {
		v.V = 0
	}
	fmt.Println(ts)
}
