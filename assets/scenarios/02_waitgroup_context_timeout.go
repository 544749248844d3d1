//deferlab:title WaitGroup and a context timeout: every defer runs
//deferlab:topic context
//deferlab:seed-section 1
//deferlab:chart waitgroup-done context-tree
//deferlab:notice-en Both tasks watch the same context: the fast one finishes on its own, the slow one is cancelled when the 500ms deadline passes.
//deferlab:notice-en Either way each task returns normally, so its deferred cleanup runs.
//deferlab:notice-en wg.Wait() keeps main alive until both goroutines have returned.
//deferlab:notice-zh 两个任务监听同一个 context:快的任务自行完成,慢的任务在 500ms 截止时间到达时被取消。
//deferlab:notice-zh 无论哪种情况任务都会正常返回,因此它的 defer 清理都会执行。
//deferlab:notice-zh wg.Wait() 让 main 一直等到两个 goroutine 都返回。
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func task(ctx context.Context, name string, work time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Printf("%s: cleanup runs\n", name)

	select {
	case <-time.After(work):
		fmt.Printf("%s: completed\n", name)
	case <-ctx.Done():
		fmt.Printf("%s: cancelled: %v\n", name, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()

	var wg sync.WaitGroup
	wg.Add(2)
	go task(ctx, "fast task", 200*time.Millisecond, &wg)
	go task(ctx, "slow task", 2*time.Second, &wg)

	wg.Wait() // main blocks here until both tasks have returned
	fmt.Println("main: all tasks returned")
}
