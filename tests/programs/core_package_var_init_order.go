package main

import "fmt"

// Package variables are initialized in dependency order, not declaration order: a variable
// waits for the ones its initializer uses, directly or through the functions it calls; the
// rest keep their declaration order. init functions run after all of them.
var (
	total   = sum(items) + bonus
	bonus   = 10
	items   = load()
	label   = fmt.Sprintf("%d items, total %d", len(items), total)
	counter int
	first   = next("first")
	second  = next("second")
)

var defaults = map[string]int{"a": a, "b": b}
var a, b = pair()

func pair() (int, int) { return next("pair"), 2 }

func load() []int {
	next("load")
	return []int{1, 2, 3}
}

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func next(who string) int {
	counter++
	fmt.Println("init step", counter, who)
	return counter
}

func init() { fmt.Println("init() sees", label, first, second) }

func main() {
	fmt.Println(total, bonus, items, label)
	fmt.Println(defaults["a"], defaults["b"], counter)
}
