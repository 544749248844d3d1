package main

import (
	"fmt"
	"net"
)

// An open listener nobody accepts on keeps no M in the netpoller: with every goroutine
// blocked Go reports the deadlock.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	fmt.Println("listening, but nobody accepts")
	select {}
}
