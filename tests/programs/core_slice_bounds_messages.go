// Checks: the exact runtime error for each failing slice or index expression: which bound is
// reported, "with length" (arrays, strings) or "with capacity" (slices), and the short form
// Go prints for a negative index.
package main

import "fmt"

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%-10s %v\n", what, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	arr := [3]string{"a", "b", "c"}
	str := "hello"
	neg, two, big := -1, 2, 9

	try("s[neg:2]", func() { _ = s[neg:2] })
	try("s[:neg]", func() { _ = s[:neg] })
	try("s[:big]", func() { _ = s[:big] })
	try("s[3:two]", func() { _ = s[3:two] })
	try("s[neg]", func() { _ = s[neg] })
	try("s[big]", func() { _ = s[big] })
	try("s[::big]", func() { _ = s[0:2:big] })
	try("s[::neg]", func() { _ = s[0:2:neg] })
	try("s[:big:]", func() { _ = s[0:big:4] })
	try("s[:neg:]", func() { _ = s[0:neg:4] })
	try("s[3:2:]", func() { _ = s[3:two:4] })
	try("s[neg::]", func() { _ = s[neg:2:4] })
	try("arr[:big]", func() { _ = arr[:big] })
	try("arr[big:]", func() { _ = arr[big:] })
	try("arr[::big]", func() { _ = arr[0:1:big] })
	try("str[neg:]", func() { _ = str[neg:] })
	try("str[:big]", func() { _ = str[:big] })
	try("str[neg]", func() { _ = str[neg] })

	var empty []int
	try("nil[1:]", func() { _ = empty[1:] })
	fmt.Println(empty[0:0] == nil, len(s[4:]), cap(s[1:2]))

	fmt.Println(s[:neg])
}
