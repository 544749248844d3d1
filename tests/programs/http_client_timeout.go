// Checks: Client.Timeout gives up while awaiting headers; the server sees the request context cancelled.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	handler := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(400 * time.Millisecond):
			handler <- "handler finished"
		case <-r.Context().Done():
			handler <- "handler: client went away: " + r.Context().Err().Error()
		}
	})}
	go srv.Serve(ln)
	client := &http.Client{Timeout: 100 * time.Millisecond}
	start := time.Now()
	resp, err := client.Get("http://" + ln.Addr().String() + "/slow")
	elapsed := time.Since(start).Round(100 * time.Millisecond)
	fmt.Println(resp == nil, elapsed)
	var ue *url.Error
	fmt.Println(errors.As(err, &ue), ue.Op, ue.Timeout())
	fmt.Println("deadline exceeded:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(<-handler)
	srv.Close()
}
