//deferlab:signal SIGSTOP@50ms SIGTERM@100ms SIGCONT@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// A signal sent to a stopped process stays pending: it is delivered once SIGCONT resumes it.
func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	start := time.Now()
	fmt.Println("got", <-c, "after", time.Since(start).Round(100*time.Millisecond))
}
