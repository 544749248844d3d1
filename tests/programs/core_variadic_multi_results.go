// Checks: variadic functions, spreading a slice with ..., multiple and named results, blank identifier.
package main

import "fmt"

func sum(label string, nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	count = len(nums)
	fmt.Println(label, nums == nil)
	return
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	fmt.Println(sum("none"))
	fmt.Println(sum("three", 1, 2, 3))
	xs := []int{4, 5}
	t, _ := sum("spread", xs...)
	fmt.Println(t)
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(9, 2))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
