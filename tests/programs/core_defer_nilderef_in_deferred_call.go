package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		var mu *sync.Mutex
		mu.Lock() // nil deref inside a deferred call while panicking
	}()
	panic("first")
}
