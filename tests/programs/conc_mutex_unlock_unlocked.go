// Checks: unlocking an unlocked mutex is a fatal error: not recoverable, defers skipped.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	var mu sync.Mutex
	fmt.Println("unlocking an unlocked mutex")
	mu.Unlock()
}
