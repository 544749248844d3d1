//deferlab:signal SIGTERM@300ms
package main

import (
	"fmt"
	"net"
)

// A goroutine blocked in Accept waits in the netpoller: no deadlock report, the process waits
// (until SIGTERM kills it).
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		fmt.Println("accepted", c != nil, err)
	}()
	fmt.Println("accepting in a goroutine; main blocks")
	select {}
}
