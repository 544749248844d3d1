package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	l.PushBack(1)
	fmt.Println(l.Len())
	var e *list.Element
	l.Remove(e)
	fmt.Println("unreachable")
}
