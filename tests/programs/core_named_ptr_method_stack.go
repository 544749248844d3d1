// Checks: a stack as a named slice: Push and Pop have pointer receivers, Len and Peek value
// receivers.
package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func (s Stack) Len() int  { return len(s) }
func (s Stack) Peek() int { return s[len(s)-1] }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s, s.Len(), s.Peek())
	fmt.Println(s.Pop(), s.Pop())
	fmt.Println(s, len(s))
	p := &s
	p.Push(10)
	fmt.Println(p.Len(), p.Peek(), *p, s)
	(*p).Push(11)
	fmt.Println(s)
}
