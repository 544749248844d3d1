//deferlab:signal SIGSTOP@50ms SIGTERM@100ms SIGCONT@200ms
package main

import (
	"fmt"
	"time"
)

// A default-action SIGTERM sent while stopped kills the process as soon as SIGCONT resumes it,
// before the timers that came due meanwhile can run anything.
func main() {
	fmt.Println("start")
	time.Sleep(120 * time.Millisecond)
	fmt.Println("not printed")
}
