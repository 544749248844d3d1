// Checks: IntList implements sort.Interface with value receivers and grows with pointer receivers.
package main

import (
	"fmt"
	"sort"
)

type IntList []int

func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] < l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
func (l *IntList) Push(v int)        { *l = append(*l, v) }
func (l *IntList) Pop() int {
	old := *l
	n := len(old)
	v := old[n-1]
	*l = old[:n-1]
	return v
}

func main() {
	var l IntList
	for _, v := range []int{5, 2, 8, 1, 9} {
		l.Push(v)
	}
	sort.Sort(l)
	fmt.Println(l)
	sort.Sort(sort.Reverse(&l))
	fmt.Println(l, l.Pop(), l)
	var si sort.Interface = &l
	fmt.Println(si.Len(), si.Less(0, 1))
	si.Swap(0, 1)
	fmt.Println(l)
}
