//deferlab:signal SIGSTOP@50ms SIGKILL@100ms SIGCONT@200ms
package main

import (
	"fmt"
	"time"
)

// SIGKILL ends a stopped process at once.
func main() {
	fmt.Println("start")
	time.Sleep(300 * time.Millisecond)
	fmt.Println("not printed")
}
