// Checks: main blocked in Serve returns as soon as Shutdown starts; the in-flight request is cut off.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("handler started")
		time.Sleep(300 * time.Millisecond)
		fmt.Println("handler finished (never printed)")
	})}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM)
	go func() {
		<-sigs
		fmt.Println("SIGTERM: shutting down")
		srv.Shutdown(context.Background())
	}()
	go http.Get("http://" + ln.Addr().String() + "/")
	err := srv.Serve(ln)
	fmt.Println("serve returned:", err)
}
