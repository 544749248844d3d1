//deferlab:title A context tree: cancelling the server cancels everything below
//deferlab:topic context
//deferlab:seed-section 3.1
//deferlab:chart context-tree
//deferlab:notice-en The contexts form a tree: server -> handler (1s timeout) -> DB query and remote call.
//deferlab:notice-en Cancelling the server context at 200ms closes Done() on every descendant at once, long before the handler's own timeout.
//deferlab:notice-en Each leaf sees "context canceled", rolls back or closes its connection in a defer, and the handler returns cleanly.
//deferlab:notice-zh 这些 context 组成一棵树:server -> handler(1 秒超时)-> 数据库查询和远程调用。
//deferlab:notice-zh 200ms 时取消 server context,会同时关闭所有后代的 Done(),远早于 handler 自己的超时。
//deferlab:notice-zh 每个叶子节点都看到 "context canceled",在 defer 中回滚或关闭连接,handler 随后干净地返回。
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// leaf simulates a call that would take 5s unless its context ends first.
func leaf(ctx context.Context, name, cleanup string, cleanupTime time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		time.Sleep(cleanupTime)
		fmt.Printf("%s: %s\n", name, cleanup)
	}()
	select {
	case <-time.After(5 * time.Second):
	case <-ctx.Done():
	}
}

func handler(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()

	var wg sync.WaitGroup
	wg.Add(2)
	go leaf(ctx, "db query", "transaction rolled back", 50*time.Millisecond, &wg)
	go leaf(ctx, "remote call", "connection closed", 150*time.Millisecond, &wg)
	wg.Wait()
	fmt.Println("handler: returning, ctx.Err() =", ctx.Err())
}

func main() {
	serverCtx, stopServer := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		handler(serverCtx)
		close(done)
	}()

	time.Sleep(200 * time.Millisecond)
	fmt.Println("server: shutting down, cancelling the root context")
	stopServer()
	<-done
	fmt.Println("server: handler finished, serverCtx.Err() =", serverCtx.Err())
}
