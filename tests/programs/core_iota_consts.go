// Checks: iota in const blocks, skipped values, typed enums with String, untyped constant arithmetic.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
)

const Big = 1 << 100

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1)
	fmt.Printf("%d %v\n", Tuesday, Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, d)
	fmt.Println(Big >> 98)
	const f = 5 / 2
	const g = 5 / 2.0
	fmt.Println(f, g)
}
