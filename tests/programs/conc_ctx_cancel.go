// Checks: WithCancel: cancellation flows to children, not parents; Err texts; context printing.
package main

import (
	"context"
	"fmt"
)

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	parent, cancelParent := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(parent)
	fmt.Println(parent)
	fmt.Println(child)
	cancelChild()
	fmt.Println("child:", child.Err(), "parent:", parent.Err())
	child2, cancel2 := context.WithCancel(parent)
	defer cancel2()
	cancelParent()
	<-child2.Done()
	fmt.Println("child2:", child2.Err())
	cancelParent()
	fmt.Println(context.Canceled, context.Canceled == child2.Err())
}
