package main

import (
	"bytes"
	"fmt"
)

// A bytes.Buffer passed or assigned by value is a separate buffer from then on.
func add(b bytes.Buffer) int { b.WriteString("xyz"); return b.Len() }

func main() {
	var b bytes.Buffer
	fmt.Println(add(b), b.Len())
	b.WriteString("ab")
	c := b
	c.WriteString("c")
	fmt.Println(b.String(), c.String())
	arr := [2]bytes.Buffer{}
	arr[0].WriteString("q")
	arr2 := arr
	arr2[0].WriteString("r")
	fmt.Println(arr[0].String(), arr2[0].String())
}
