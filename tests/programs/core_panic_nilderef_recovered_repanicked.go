package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var p *int
		*p = 1
	}()
	var mu *sync.Mutex
	mu.Lock()
}
