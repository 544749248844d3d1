//deferlab:title The same tight loop with async preemption off hangs
//deferlab:topic scheduler
//deferlab:seed-section 2.2
//deferlab:gomaxprocs 1
//deferlab:asyncpreemptoff
//deferlab:max-time 2s
//deferlab:chart preemption
//deferlab:notice-en GODEBUG=asyncpreemptoff=1 brings back the pre-1.14 scheduler: a goroutine is only preempted at a function call.
//deferlab:notice-en The loop has no call, so it keeps the only P forever and main never runs again.
//deferlab:notice-en The run is cut off after 2s (status 124): in production this is a hung process.
//deferlab:notice-zh GODEBUG=asyncpreemptoff=1 相当于回到 Go 1.14 之前的调度器:goroutine 只能在函数调用处被抢占。
//deferlab:notice-zh 这个循环中没有任何调用,它会永远占着唯一的 P,main 再也得不到运行。
//deferlab:notice-zh 运行在 2 秒后被强制终止(状态码 124):在生产环境中这就是一个卡死的进程。
package main

import (
	"fmt"
	"time"
)

var spins uint64

func spin() {
	// Without SIGURG-based preemption nothing can stop this loop.
	for {
		spins++
	}
}

func main() {
	fmt.Println("main: starting a goroutine that spins forever")
	go spin()

	time.Sleep(10 * time.Millisecond)
	fmt.Println("main: woke up (never printed)")
}
