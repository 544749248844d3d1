// Checks: Notify with no signal list relays every signal, including SIGHUP (ignoring runtime SIGURGs).
//
//deferlab:signal SIGUSR1@100ms SIGHUP@200ms
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 10)
	signal.Notify(c)
	got := 0
	for got < 2 {
		s := <-c
		if s == syscall.SIGURG {
			continue
		}
		fmt.Println("relayed:", s)
		got++
	}
	fmt.Println("SIGHUP did not kill the program")
}
