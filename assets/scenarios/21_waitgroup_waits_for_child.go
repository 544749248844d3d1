//deferlab:title WaitGroup: main waits, the child's defer runs
//deferlab:topic sync
//deferlab:seed-section 4.2
//deferlab:chart waitgroup-done defer-stack
//deferlab:notice-en wg.Add(1) before the go statement, defer wg.Done() as the child's first defer, wg.Wait() in main.
//deferlab:notice-en Done is deferred first, so it runs last: Wait returns only after the child's other deferred cleanup has run.
//deferlab:notice-en Main now waits exactly as long as the child needs, no guessing with sleeps.
//deferlab:notice-zh 在 go 语句之前调用 wg.Add(1),子 goroutine 的第一个 defer 是 wg.Done(),main 中调用 wg.Wait()。
//deferlab:notice-zh Done 最先被 defer,所以最后执行:只有子 goroutine 的其他 defer 清理都执行完后,Wait 才会返回。
//deferlab:notice-zh main 现在恰好等待子 goroutine 所需的时间,不再靠 sleep 猜测。
package main

import (
	"fmt"
	"sync"
	"time"
)

func child(wg *sync.WaitGroup) {
	defer wg.Done() // deferred first -> runs last
	defer fmt.Println("child: deferred cleanup runs")
	fmt.Println("child: working for 500ms")
	time.Sleep(500 * time.Millisecond)
	fmt.Println("child: work done")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1) // before go, so Wait cannot miss it
	go child(&wg)

	wg.Wait()
	fmt.Println("main: child finished, returning")
}
