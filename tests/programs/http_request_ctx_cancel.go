// Checks: cancelling a request's context fails the client call with "context canceled" and reaches the handler.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	handler := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(time.Second):
			handler <- "handler finished"
		case <-r.Context().Done():
			handler <- "handler saw: " + r.Context().Err().Error()
		}
	})}
	go srv.Serve(ln)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+ln.Addr().String()+"/work", nil)
	_, err := http.DefaultClient.Do(req)
	addr := ln.Addr().String()
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	fmt.Println(<-handler)
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	req, _ = http.NewRequestWithContext(ctx2, "DELETE", "http://"+ln.Addr().String()+"/work", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println(strings.Replace(err.Error(), addr, "ADDR", 1))
	fmt.Println(<-handler)
	srv.Close()
}
