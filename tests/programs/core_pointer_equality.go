package main

import "fmt"

// Pointers to the same variable, slice element or field are equal, however many times & was
// taken; pointers to different locations are not; a pointer is a fine map key.
type S struct{ n int }

func main() {
	x, y := 1, 2
	a, b := &x, &x
	fmt.Println(a == b, &x == &x, a == &y, a != b)
	arr := []int{1, 2}
	fmt.Println(&arr[0] == &arr[0], &arr[0] == &arr[1])
	s := &S{1}
	t := s
	fmt.Println(s == t, &s.n == &t.n, s == &S{1})
	m := map[*int]string{a: "x"}
	fmt.Println(m[b], len(m))
}
