//deferlab:signal SIGSTOP@50ms SIGCONT@100ms
package main

import (
	"fmt"
	"time"
)

// A stop does not stretch a sleep: the monotonic clock runs on while the process is stopped,
// so a 200ms sleep started before a 50ms stop still ends 200ms after it started.
func main() {
	start := time.Now()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("resumed, slept", time.Since(start).Round(50*time.Millisecond))
}
