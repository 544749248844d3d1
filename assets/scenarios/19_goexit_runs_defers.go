//deferlab:title runtime.Goexit ends one goroutine, its defers still run
//deferlab:topic exit
//deferlab:seed-section 4.1
//deferlab:chart exit-paths defer-stack
//deferlab:notice-en runtime.Goexit stops only the calling goroutine, from any depth of calls, and runs every deferred call on the way out.
//deferlab:notice-en It is not a panic: recover() returns nil in the deferred function, and the rest of the program keeps running.
//deferlab:notice-en Compare with kill -9, where no defer runs at all.
//deferlab:notice-zh runtime.Goexit 只结束调用它的 goroutine,无论调用层次多深,并在退出途中执行所有 defer。
//deferlab:notice-zh 它不是 panic:defer 函数中的 recover() 返回 nil,程序的其余部分继续运行。
//deferlab:notice-zh 对比 kill -9:那时没有任何 defer 会执行。
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func step() {
	defer fmt.Println("step: deferred call in the inner frame")
	fmt.Println("step: calling runtime.Goexit")
	runtime.Goexit()
	fmt.Println("step: after Goexit (never printed)")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("worker: deferred call, recover() =", recover())
		}()
		step()
		fmt.Println("worker: after step (never printed)")
	}()

	wg.Wait()
	fmt.Println("main: worker ended through Goexit, the program goes on")
}
