// Checks: WithValue lookups walk up the chain; missing keys give nil; printing a value context.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("req"), 42)
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("req")), ctx.Value(ctxKey("none")))
	fmt.Println(ctx.Value("user"))
	inner := context.WithValue(ctx, ctxKey("user"), "bob")
	fmt.Println(inner.Value(ctxKey("user")), ctx.Value(ctxKey("user")))
	c2, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(c2.Value(ctxKey("req")))
	fmt.Println(context.WithValue(context.Background(), ctxKey("k"), "v"))
}
