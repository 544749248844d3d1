// Checks: a goroutine blocked in Accept keeps the process alive: no deadlock report, it hangs.
//deferlab:max-time 1s
package main

import (
	"fmt"
	"net"
)

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		_, err := ln.Accept()
		fmt.Println("accept returned:", err)
	}()
	fmt.Println("main: blocking forever with a listener open")
	select {}
}
