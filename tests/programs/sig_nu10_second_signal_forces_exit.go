// Checks: the first SIGINT starts a graceful drain; a second one forces exit(1) while it runs.
//
//deferlab:signal SIGINT@100ms SIGINT@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer fmt.Println("main defer: skipped by os.Exit")
	<-sigs
	fmt.Println("draining (press Ctrl-C again to force)")
	go func() {
		<-sigs
		fmt.Println("second signal: forcing exit")
		os.Exit(1)
	}()
	time.Sleep(500 * time.Millisecond)
	fmt.Println("drained")
}
