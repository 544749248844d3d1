//deferlab:signal SIGTSTP@50ms SIGCONT@300ms
package main

import (
	"fmt"
	"time"
)

// SIGTSTP's default action stops the process: a goroutine that would print at 100ms only
// prints once SIGCONT resumes it at 300ms.
func main() {
	start := time.Now()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("woke after", time.Since(start).Round(100*time.Millisecond))
}
