package main

import "fmt"

type IntList []int

func (l *IntList) Add(v int) { *l = append(*l, v) }

type P struct{ X int }

type M map[string]int

func (m *M) Set(k string, v int) { (*m)[k] = v }

func main() {
	ps := &[]int{1, 2}
	fmt.Println((*ps)[1], len(*ps))
	*ps = append(*ps, 3)
	fmt.Println(*ps)
	pm := &map[string]int{"a": 1}
	(*pm)["b"] = 2
	fmt.Println(len(*pm), *pm)
	l := &IntList{1}
	l.Add(2)
	l.Add(3)
	fmt.Println(*l, len(*l))
	m := &M{}
	m.Set("x", 1)
	fmt.Println(*m)
	a, b := &[]int{}, &[]int{}
	fmt.Println(a == b)
	pa := &[2]int{1, 2}
	pa[0] = 9
	fmt.Println(*pa)
	s := []*[]int{{1, 2}, {3}}
	*s[0] = append(*s[0], 9)
	fmt.Println(*s[0], *s[1])
	mm := map[string]*map[string]int{"a": {"b": 1}}
	(*mm["a"])["c"] = 2
	fmt.Println(len(*mm["a"]))
	sp := []*P{{1}, {2}}
	sp[0].X = 5
	fmt.Println(*sp[0], *sp[1])
}
