package main

import "fmt"

type P struct {
	Name string
	In   struct{ A [2]int }
}

type Arr [2]int

func get(x any) P { return x.(P) }

func main() {
	var i interface{} = P{Name: "orig"}
	p := i.(P)
	p.Name = "changed"
	p.In.A[0] = 7
	fmt.Println(i.(P).Name, i.(P).In.A)
	q, ok := i.(P)
	q.Name = "ok-changed"
	fmt.Println(ok, i.(P).Name)
	switch v := i.(type) {
	case P:
		v.Name = "switched"
		v.In.A[1] = 3
	}
	fmt.Println(i)
	r := get(i)
	r.Name = "ret"
	fmt.Println(i)
	m := map[string]any{"p": P{Name: "m"}, "a": Arr{1, 2}}
	mp := m["p"].(P)
	mp.Name = "mm"
	a := m["a"].(Arr)
	a[0] = 100
	fmt.Println(m["p"], m["a"])
	switch v := m["a"].(type) {
	case Arr:
		v[1] = 50
	}
	fmt.Println(m["a"])
	var e any = [2]int{4, 5}
	b := e.([2]int)
	b[0] = 0
	fmt.Println(e, b)
}
