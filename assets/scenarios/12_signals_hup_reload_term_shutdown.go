//deferlab:title SIGHUP reloads, SIGTERM shuts down
//deferlab:topic signals
//deferlab:seed-section 3.2
//deferlab:signal SIGHUP@100ms SIGHUP@250ms SIGTERM@400ms
//deferlab:chart signal-shutdown
//deferlab:notice-en One channel receives every signal registered with signal.Notify; a switch decides what each one means.
//deferlab:notice-en SIGHUP (hangup) reloads the configuration and the process keeps running; SIGTERM or SIGINT starts the shutdown.
//deferlab:notice-en Because main returns normally, its deferred cleanup runs, unlike the default action of SIGTERM.
//deferlab:notice-zh signal.Notify 注册的所有信号都进入同一个通道,用 switch 决定每个信号的含义。
//deferlab:notice-zh SIGHUP(hangup)触发重新加载配置,进程继续运行;SIGTERM 或 SIGINT 则开始关闭流程。
//deferlab:notice-zh 因为 main 是正常返回的,它的 defer 清理会执行,这与 SIGTERM 的默认动作不同。
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	defer fmt.Println("main: listeners closed, bye")

	// Buffered: signal delivery never blocks, so a full channel would drop a signal.
	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)

	version := 1
	fmt.Println("main: serving with config version", version)
	for sig := range sigCh {
		switch sig {
		case syscall.SIGHUP:
			version++
			fmt.Printf("got %v: reloaded config, now version %d\n", sig, version)
		case syscall.SIGINT, syscall.SIGTERM:
			fmt.Printf("got %v: shutting down\n", sig)
			return
		}
	}
}
