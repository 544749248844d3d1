//deferlab:signal SIGSTOP@50ms SIGCONT@200ms
package main

import (
	"fmt"
	"time"
)

// A timer due while the process is stopped fires when SIGCONT resumes it, not before.
func main() {
	start := time.Now()
	time.Sleep(80 * time.Millisecond)
	fmt.Println("woke after", time.Since(start).Round(50*time.Millisecond))
}
