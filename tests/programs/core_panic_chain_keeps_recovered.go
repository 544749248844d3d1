package main

import "fmt"

// A deferred call panics, recovers its own panic and panics anew: Go prints the whole chain,
// oldest first, the recovered panic marked [recovered].
func cleanup() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("cleanup failed: ", r))
		}
	}()
	panic("disk full")
}

func main() {
	defer cleanup()
	panic("request failed")
}
