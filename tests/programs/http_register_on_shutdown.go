// Checks: RegisterOnShutdown hooks run on Shutdown; Serve after Shutdown returns ErrServerClosed.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	srv := &http.Server{}
	hook := make(chan string, 1)
	srv.RegisterOnShutdown(func() {
		hook <- "on-shutdown hook ran"
	})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("shutdown:", srv.Shutdown(context.Background()))
	fmt.Println(<-hook)
	fmt.Println("serve:", <-served)
	ln2, _ := net.Listen("tcp", "127.0.0.1:0")
	fmt.Println("serve again:", srv.Serve(ln2))
}
