// Checks: an unrecovered negative WaitGroup counter panic crashes with its message.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(-1)
}
