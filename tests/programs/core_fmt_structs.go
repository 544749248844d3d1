// Checks: printing structs, pointers to structs, nested values and nil with %v %+v %#v.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Center Point
	Tags   []string
	Next   *Point
}

func main() {
	p := Point{1, 2}
	s := Shape{Name: "circle", Center: p, Tags: []string{"a", "b"}}
	fmt.Println(p, &p)
	fmt.Printf("%v\n%+v\n", s, s)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%+v\n", &p)
	var np *Point
	fmt.Println(np, np == nil)
	var e error
	fmt.Println(e)
	fmt.Printf("%v %+v\n", e, nil)
	var sl []int
	fmt.Println(sl, len(sl), sl == nil)
	fmt.Printf("%#v %#v\n", sl, []string{"x"})
}
