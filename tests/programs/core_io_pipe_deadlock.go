package main

import (
	"fmt"
	"io"
)

// Reading from a pipe nobody writes to or closes blocks forever: a deadlock.
func main() {
	pr, _ := io.Pipe()
	buf := make([]byte, 8)
	fmt.Println("reading")
	n, err := pr.Read(buf)
	fmt.Println(n, err)
}
