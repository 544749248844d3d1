//deferlab:title NotifyContext: a second Ctrl-C forces the exit
//deferlab:topic signals
//deferlab:seed-section 3.2
//deferlab:signal SIGINT@100ms SIGINT@400ms
//deferlab:chart signal-shutdown
//deferlab:notice-en signal.NotifyContext cancels a context on the first SIGINT; context.Cause says which signal it was.
//deferlab:notice-en Calling stop() right away restores the default action, so a second Ctrl-C during a slow cleanup kills the process.
//deferlab:notice-en The shell sees 130 (128 + SIGINT) and the remaining cleanup steps never run: the user chose to give up on them.
//deferlab:notice-zh signal.NotifyContext 在收到第一个 SIGINT 时取消 context;context.Cause 说明是哪个信号。
//deferlab:notice-zh 立即调用 stop() 会恢复默认动作,于是清理缓慢时再按一次 Ctrl-C 就会杀死进程。
//deferlab:notice-zh shell 看到的状态码是 130(128 + SIGINT),剩余的清理步骤不再执行:这是用户主动放弃的。
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	fmt.Println("main: running, press Ctrl-C to stop")
	<-ctx.Done()
	stop() // from now on SIGINT has its default action again
	fmt.Println("main: cause:", context.Cause(ctx))

	fmt.Println("main: cleaning up (1s), press Ctrl-C again to force quit")
	for step := 1; step <= 5; step++ {
		time.Sleep(200 * time.Millisecond)
		fmt.Printf("cleanup: step %d/5 done\n", step)
	}
	fmt.Println("main: clean exit")
}
