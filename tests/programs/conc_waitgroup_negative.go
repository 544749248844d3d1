// Checks: a negative WaitGroup counter panics; the panic can be recovered.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	defer func() {
		r := recover()
		fmt.Printf("recovered: %v (%T)\n", r, r)
	}()
	wg.Add(1)
	wg.Done()
	wg.Done()
}
