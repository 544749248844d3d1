package main

import (
	"container/list"
	"fmt"
)

func dump(tag string, l *list.List) {
	fmt.Print(tag, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

type item struct {
	name string
	n    int
}

func main() {
	var l list.List // the zero List is ready to use
	e1 := l.PushBack(1)
	e2 := l.PushBack("two")
	e0 := l.PushFront(0.5)
	dump("a", &l)
	l.InsertBefore(item{"x", 9}, e2)
	l.InsertAfter([]int{7, 8}, e1)
	dump("b", &l)
	l.MoveToBack(e0)
	l.MoveToFront(e2)
	dump("c", &l)
	l.MoveBefore(e0, e1)
	l.MoveAfter(e2, e1)
	dump("d", &l)
	fmt.Println(l.Remove(e1), l.Remove(e1), e1.Next() == nil, e1.Prev() == nil)
	dump("e", &l)
	other := list.New()
	fmt.Println(other.Front() == nil, other.Back() == nil, other.InsertAfter(1, e2) == nil)
	other.PushBack("o1")
	other.PushBack("o2")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump("f", &l)
	other.MoveToFront(e2) // e2 is not in other: no effect
	l.PushBackList(&l)
	dump("g", &l)
	e2.Value = "TWO"
	fmt.Println(l.Front().Next().Value, l.Init().Len(), l.Front() == nil)
	dump("h", &l)
	fmt.Printf("%T %T\n", e2.Value, l.PushBack(3))
}
