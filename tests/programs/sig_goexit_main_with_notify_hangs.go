// Checks: main calling runtime.Goexit while os/signal watches: no Goexit deadlock report, the
// process waits for a signal (checkdead returns while the signal M is busy).
//
//deferlab:max-time 1s
package main

import (
	"os"
	"os/signal"
	"runtime"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	runtime.Goexit()
}
