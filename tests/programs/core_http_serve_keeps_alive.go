//deferlab:signal SIGTERM@300ms
package main

import (
	"fmt"
	"net"
	"net/http"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go http.Serve(ln, nil)
	fmt.Println("serving; main blocks on nil channel")
	var forever chan int
	<-forever
}
