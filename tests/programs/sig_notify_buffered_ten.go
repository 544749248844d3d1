// Checks: a buffer-10 Notify channel keeps all three signals sent while the program is busy.
//
//deferlab:signal SIGUSR2@100ms SIGUSR2@200ms SIGUSR2@300ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	c := make(chan os.Signal, 10)
	signal.Notify(c, syscall.SIGUSR2)
	time.Sleep(500 * time.Millisecond)
	fmt.Println("queued", len(c))
	for len(c) > 0 {
		fmt.Println(<-c)
	}
}
