package main

import (
	"fmt"
	"net"
)

// Open connections that no goroutine reads keep nothing alive: deadlock.
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
	defer c.Close()
	defer s.Close()
	fmt.Println("connected; nobody reads")
	select {}
}
