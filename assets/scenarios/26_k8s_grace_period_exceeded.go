//deferlab:title Kubernetes: cleanup outlives the grace period
//deferlab:topic kubernetes
//deferlab:seed-section 5
//deferlab:k8s grace=2s prestop=0s traffic-until=500ms at=100ms
//deferlab:signal SIGTERM@100ms SIGKILL@2100ms
//deferlab:chart signal-shutdown
//deferlab:notice-en The kubelet sends SIGTERM, then SIGKILL when terminationGracePeriodSeconds (here 2s) runs out, whatever the program is doing.
//deferlab:notice-en The drain needs 3s, so it is killed halfway: status 137, no deferred call runs and two batches are lost.
//deferlab:notice-en Size the grace period from your real drain time (plus any preStop delay), or make the drain shorter.
//deferlab:notice-zh kubelet 先发送 SIGTERM,terminationGracePeriodSeconds(这里是 2 秒)耗尽时再发送 SIGKILL,不管程序在做什么。
//deferlab:notice-zh 排空需要 3 秒,所以进行到一半就被杀死:状态码 137,没有任何 defer 执行,两个批次丢失。
//deferlab:notice-zh 请根据真实的排空时间(加上 preStop 延迟)设置宽限期,或者缩短排空过程。
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	defer fmt.Println("pod: clean exit (never printed)")

	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGTERM)
	fmt.Println("pod: ready, serving traffic")

	<-sigCh
	fmt.Println("pod: SIGTERM received, draining 4 batches (750ms each)")
	for batch := 1; batch <= 4; batch++ {
		time.Sleep(750 * time.Millisecond)
		fmt.Printf("pod: batch %d/4 flushed\n", batch)
	}
}
