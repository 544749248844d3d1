//deferlab:signal SIGTERM@300ms
package main

import (
	"fmt"
	"net"
)

// A goroutine blocked reading an idle connection waits in the netpoller: no deadlock report.
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s, err := ln.Accept()
	if err != nil {
		panic(err)
	}
	ln.Close()
	go func() {
		buf := make([]byte, 10)
		n, err := s.Read(buf)
		fmt.Println("read", n, err)
	}()
	fmt.Println("connected; a goroutine reads", c.LocalAddr() != nil)
	select {}
}
