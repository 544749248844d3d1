package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// %v, %#v and %T of the context package's values, printed before any context exists: the
// output must not depend on what ran before.
func main() {
	fmt.Printf("%#v %T\n", context.DeadlineExceeded, context.DeadlineExceeded)
	fmt.Printf("%#v %T\n", context.Canceled, context.Canceled)
	bg := context.Background()
	fmt.Printf("%v | %#v | %T\n", bg, bg, bg)
	todo := context.TODO()
	fmt.Printf("%v | %#v | %T\n", todo, todo, todo)
	ctx, cancel := context.WithTimeout(bg, 10*time.Millisecond)
	defer cancel()
	fmt.Printf("%T\n", ctx)
	<-ctx.Done()
	err := ctx.Err()
	var te interface{ Timeout() bool }
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded), errors.As(err, &te), te.Timeout())
	fmt.Printf("%T %T\n", err, context.WithoutCancel(ctx))
}
