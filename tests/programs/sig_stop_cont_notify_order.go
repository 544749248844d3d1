//deferlab:signal SIGSTOP@50ms SIGCONT@150ms SIGTERM@300ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// SIGCONT resumes a stopped process and, when os/signal wants it, is relayed too.
func main() {
	c := make(chan os.Signal, 2)
	signal.Notify(c, syscall.SIGCONT, syscall.SIGTERM)
	for s := range c {
		fmt.Println("signal:", s)
		if s == syscall.SIGTERM {
			return
		}
	}
}
