//deferlab:title Main exits before its child goroutine
//deferlab:topic sync
//deferlab:seed-section 4.2
//deferlab:chart exit-paths waitgroup-done
//deferlab:notice-en The child needs 500ms but main only sleeps 200ms; a sleep is a guess, not synchronisation.
//deferlab:notice-en When main returns the child is stopped mid-work: neither its last line nor its deferred cleanup appears.
//deferlab:notice-en The next scenario fixes this with a sync.WaitGroup.
//deferlab:notice-zh 子 goroutine 需要 500ms,而 main 只睡 200ms;sleep 只是猜测,不是同步。
//deferlab:notice-zh main 返回时子 goroutine 在工作中途被终止:它的最后一行输出和 defer 清理都不会出现。
//deferlab:notice-zh 下一个场景用 sync.WaitGroup 解决这个问题。
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("child: deferred cleanup (never printed)")
		fmt.Println("child: working for 500ms")
		time.Sleep(500 * time.Millisecond)
		fmt.Println("child: work done (never printed)")
	}()

	time.Sleep(200 * time.Millisecond) // hoping the child is finished by now
	fmt.Println("main: returning after 200ms")
}
