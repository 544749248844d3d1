// Checks: WithoutCancel keeps values but ignores the parent's cancellation.
package main

import (
	"context"
	"fmt"
)

type key string

func main() {
	parent, cancel := context.WithCancel(context.WithValue(context.Background(), key("id"), 7))
	detached := context.WithoutCancel(parent)
	cancel()
	fmt.Println(parent.Err(), detached.Err(), detached.Done() == nil)
	fmt.Println(detached.Value(key("id")))
	fmt.Println(detached)
}
