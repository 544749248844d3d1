package main

import "fmt"

// Assignment order: x op= y and x++ evaluate x's operands once; a tuple assignment evaluates
// the targets' index and pointer operands, then the right-hand side, then stores left to right.
type point struct{ x, y int }

var calls []string

func idx(name string, i int) int {
	calls = append(calls, name)
	return i
}

func main() {
	a := []int{10, 20, 30}
	n := 0
	next := func() int { n++; return n - 1 }
	a[next()] += 5
	a[next()]++
	a[idx("i", 2)] *= idx("v", 3)
	fmt.Println(a, n, calls)

	counts := map[string]int{}
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	ch <- "a"
	close(ch)
	for i := 0; i < 3; i++ {
		counts[<-ch]++
	}
	fmt.Println(counts["a"], counts["b"], len(counts))

	i := 0
	b := []int{0, 0, 0}
	i, b[i] = 1, 9
	fmt.Println(i, b)

	calls = nil
	c := []int{0, 0}
	c[idx("L", 0)], c[idx("M", 1)] = idx("R", 5), 6
	fmt.Println(c, calls)

	p := &point{1, 2}
	q := &point{3, 4}
	p, p.x = q, 100 // p.x is the old p's field
	fmt.Println(*p, *q)

	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)

	pts := []point{{1, 1}, {2, 2}}
	k := 0
	pts[k].x, k = 50, 1
	pts[k].y += 10
	fmt.Println(pts, k)

	var m = map[string][]int{"a": {1, 2}}
	m["a"][idx("m", 1)] += 40
	v, ok := 0, false
	arr := [3]int{}
	arr[idx("arr", 2)], ok = m["a"][1], true
	fmt.Println(m, v, ok, arr, calls)

	ptr := &arr[0]
	*ptr += 7
	*ptr++
	fmt.Println(arr)
}
