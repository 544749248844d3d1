//deferlab:title context.WithTimeout cancels a slow task
//deferlab:topic context
//deferlab:seed-section 3.1
//deferlab:chart context-tree
//deferlab:notice-en The query would take 2s, but the context gives it only 300ms: ctx.Done() closes first and the task returns ctx.Err().
//deferlab:notice-en The error is context.DeadlineExceeded, so the caller can tell a timeout from other failures with errors.Is.
//deferlab:notice-en defer cancel() releases the context's timer even when the task finishes early.
//deferlab:notice-zh 查询需要 2 秒,而 context 只给了 300ms:ctx.Done() 先关闭,任务返回 ctx.Err()。
//deferlab:notice-zh 错误是 context.DeadlineExceeded,调用方可以用 errors.Is 把超时和其他失败区分开。
//deferlab:notice-zh 即使任务提前结束,defer cancel() 也会释放 context 的定时器。
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// slowQuery pretends to be a database call that honours its context.
func slowQuery(ctx context.Context) (string, error) {
	defer fmt.Println("slowQuery: connection returned to the pool")
	select {
	case <-time.After(2 * time.Second):
		return "42 rows", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()

	start := time.Now()
	rows, err := slowQuery(ctx)
	took := time.Since(start).Round(100 * time.Millisecond)

	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Println("main: query timed out after", took, "-", err)
		return
	}
	fmt.Println("main: got", rows)
}
