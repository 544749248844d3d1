//deferlab:title SIGTERM closes a done channel, workers clean up
//deferlab:topic signals
//deferlab:seed-section 2.3
//deferlab:signal SIGTERM@300ms
//deferlab:chart signal-shutdown waitgroup-done
//deferlab:notice-en signal.Notify turns SIGTERM into a value on a channel instead of killing the process.
//deferlab:notice-en Closing done is a broadcast: every worker blocked on <-done wakes up and returns, so its deferred cleanup runs.
//deferlab:notice-en Cleanup only happens because each worker keeps watching done: interruption in Go is cooperative.
//deferlab:notice-zh signal.Notify 把 SIGTERM 变成通道中的一个值,而不是直接杀死进程。
//deferlab:notice-zh 关闭 done 是一种广播:所有阻塞在 <-done 上的 worker 都会醒来并返回,于是各自的 defer 清理得以执行。
//deferlab:notice-zh 只有每个 worker 持续监听 done,清理才会发生:Go 中的中断是协作式的。
package main

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

func worker(id int, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		// Releasing resources takes longer for higher ids.
		time.Sleep(time.Duration(id) * 100 * time.Millisecond)
		fmt.Printf("worker %d: cleanup done\n", id)
	}()
	for {
		select {
		case <-done:
			return
		case <-time.After(20 * time.Millisecond):
			// one unit of work
		}
	}
}

func main() {
	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGTERM)

	done := make(chan struct{})
	go func() {
		sig := <-sigCh
		fmt.Println("signal:", sig, "-> close(done)")
		close(done)
	}()

	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go worker(id, done, &wg)
	}
	fmt.Println("main: 3 workers running, waiting for SIGTERM")

	wg.Wait()
	fmt.Println("main: every worker cleaned up, exiting")
}
