// Checks: Reset hands a signal back to the disposition Go found when Notify took it over.
// SIGHUP was ignored then (signal.Ignore), so after Reset it is ignored again, although
// signal.Ignored reports false; SIGTERM was not, so after Reset its default action kills.
//
//deferlab:signal SIGHUP@100ms SIGHUP@300ms SIGTERM@500ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	defer fmt.Println("deferred (never printed: SIGTERM kills the process)")
	signal.Ignore(syscall.SIGHUP)
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGHUP, syscall.SIGTERM)
	fmt.Println("got", <-c)
	signal.Reset()
	fmt.Println("after Reset, Ignored(SIGHUP):", signal.Ignored(syscall.SIGHUP))
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
