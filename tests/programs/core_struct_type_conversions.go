package main

import "fmt"

// Struct values moving between struct types with the same fields take the target's type:
// == compares fields, %T and methods follow the type the value now has.
type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Vec Point

type Line struct {
	From, To Point
}

func origin() struct{ X, Y int } { return struct{ X, Y int }{0, 0} }

func main() {
	var p Point = struct{ X, Y int }{1, 2}
	q := Point{1, 2}
	fmt.Println(p == Point{1, 2}, p == q, p)
	fmt.Printf("%T %v\n", p, p)

	v := Vec(q)
	v.X = 10
	fmt.Printf("%T %v %v\n", v, v, q)
	back := Point(v)
	fmt.Println(back, back == Point{10, 2})

	var anon struct{ X, Y int } = q
	fmt.Printf("%T %v %v\n", anon, anon, anon == struct{ X, Y int }{1, 2})

	var o Point = origin()
	fmt.Println(o, o == Point{})
	l := Line{From: struct{ X, Y int }{3, 4}, To: Point(Vec{5, 6})}
	fmt.Println(l, l.From == Point{3, 4})
	m := map[Point]string{Point(Vec{1, 1}): "one"}
	fmt.Println(m[Point{1, 1}], len(m))
}
