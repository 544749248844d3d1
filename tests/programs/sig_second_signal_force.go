// Checks: first SIGINT starts a graceful shutdown; a second SIGINT forces os.Exit(1).
//
//deferlab:signal SIGINT@100ms SIGINT@250ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"time"
)

func main() {
	c := make(chan os.Signal, 2)
	signal.Notify(c, os.Interrupt)
	<-c
	fmt.Println("shutting down gracefully (Ctrl-C again to force)")
	go func() {
		<-c
		fmt.Println("forced exit")
		os.Exit(1)
	}()
	time.Sleep(time.Second)
	fmt.Println("graceful shutdown done (never printed)")
}
