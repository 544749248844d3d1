//deferlab:title Main returns, a goroutine's defer is lost
//deferlab:topic defer
//deferlab:seed-section 1
//deferlab:chart exit-paths defer-stack
//deferlab:notice-en When main returns, the whole process ends at once: Go does not wait for other goroutines.
//deferlab:notice-en The worker is still sleeping, so its deferred cleanup never runs, while main's own defer does.
//deferlab:notice-en The exit status is still 0: nothing tells you that cleanup was lost.
//deferlab:notice-zh main 返回时整个进程立即结束:Go 不会等待其他 goroutine。
//deferlab:notice-zh worker 仍在睡眠,所以它的 defer 清理永远不会执行,而 main 自己的 defer 会执行。
//deferlab:notice-zh 退出码依然是 0:没有任何提示告诉你清理逻辑丢失了。
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main: deferred call runs (main's own defer)")

	fmt.Println("main: starting a worker")
	go func() {
		// This defer is registered, but the function never gets to return.
		defer fmt.Println("worker: cleanup (this never prints)")
		fmt.Println("worker: running a long task")
		time.Sleep(time.Hour)
	}()

	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: returning without waiting for the worker")
	// The process exits here; the worker is stopped mid-sleep.
}
