//deferlab:title WaitGroup plus a done channel: no leaked goroutines
//deferlab:topic sync
//deferlab:seed-section 4.3
//deferlab:chart waitgroup-done
//deferlab:notice-en The done channel tells the workers to stop; the WaitGroup tells main when they have stopped. You need both.
//deferlab:notice-en Without done the workers would loop forever (a leak); without the WaitGroup main would exit before the releases finish.
//deferlab:notice-en Each worker releases its resource in a defer, so it happens whichever way the loop ends.
//deferlab:notice-zh done 通道通知 worker 停止;WaitGroup 告诉 main 它们何时已经停止。两者缺一不可。
//deferlab:notice-zh 没有 done,worker 会永远循环(泄漏);没有 WaitGroup,main 会在资源释放完之前退出。
//deferlab:notice-zh 每个 worker 都在 defer 中释放资源,所以无论循环以何种方式结束,释放都会发生。
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, resource string, release time.Duration, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		time.Sleep(release) // e.g. flushing a buffer takes a while
		fmt.Printf("worker %d: %s released\n", id, resource)
	}()

	tick := time.NewTicker(30 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			// one unit of work
		}
	}
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	resources := []string{"file handle", "write buffer", "network connection"}
	for i, res := range resources {
		wg.Add(1)
		go worker(i+1, res, time.Duration(i)*100*time.Millisecond, done, &wg)
	}

	time.Sleep(200 * time.Millisecond)
	fmt.Println("main: close(done)")
	close(done) // broadcast: every receive on done now succeeds

	wg.Wait()
	fmt.Println("main: all workers stopped and released their resources")
}
