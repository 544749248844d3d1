//deferlab:title kill -9: nothing runs, not even deferred calls
//deferlab:topic signals
//deferlab:seed-section 4.1
//deferlab:signal SIGKILL@200ms
//deferlab:chart exit-paths signal-shutdown
//deferlab:notice-en SIGKILL is handled by the kernel: the process is removed without running another instruction.
//deferlab:notice-en signal.Notify cannot catch it, so neither the handler goroutine nor any defer (main's or the worker's) gets a chance.
//deferlab:notice-en The shell sees status 137 (128 + 9); anything needing cleanup must survive a crash on its own.
//deferlab:notice-zh SIGKILL 由内核处理:进程被直接移除,不会再执行任何一条指令。
//deferlab:notice-zh signal.Notify 无法捕获它,所以信号处理 goroutine 和任何 defer(main 的或 worker 的)都没有机会执行。
//deferlab:notice-zh shell 看到的状态码是 137(128 + 9);需要清理的东西必须自己能承受崩溃。
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	defer fmt.Println("main: deferred cleanup (never printed)")

	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGKILL) // has no effect: SIGKILL cannot be caught
	go func() {
		fmt.Println("caught:", <-sigCh, "(never printed)")
	}()

	go func() {
		defer fmt.Println("worker: deferred cleanup (never printed)")
		fmt.Println("worker: writing a file")
		time.Sleep(time.Hour)
	}()

	time.Sleep(50 * time.Millisecond)
	fmt.Println("main: working until killed")
	time.Sleep(time.Hour)
}
