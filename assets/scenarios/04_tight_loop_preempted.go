//deferlab:title A tight loop is preempted asynchronously
//deferlab:topic scheduler
//deferlab:seed-section 2.2
//deferlab:gomaxprocs 1
//deferlab:chart preemption
//deferlab:notice-en With one P, the spinning goroutine holds the only processor and never calls a function.
//deferlab:notice-en After about 10ms sysmon asks for preemption and, since Go 1.14, sends SIGURG so the loop is interrupted anywhere.
//deferlab:notice-en That is why main wakes up from its sleep even though the loop never yields.
//deferlab:notice-zh 只有一个 P 时,空转的 goroutine 独占唯一的处理器,并且从不调用函数。
//deferlab:notice-zh 大约 10ms 后 sysmon 请求抢占;从 Go 1.14 起它发送 SIGURG 信号,循环可在任意位置被中断。
//deferlab:notice-zh 所以即使循环从不主动让出,main 也能从睡眠中醒来。
package main

import (
	"fmt"
	"time"
)

var spins uint64

func spin() {
	// No function calls, no channel operations: no cooperative preemption point.
	for {
		spins++
	}
}

func main() {
	fmt.Println("main: starting a goroutine that spins forever")
	go spin()

	// While main sleeps, the spinner takes the only P.
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main: woke up, the spinner was preempted")
}
