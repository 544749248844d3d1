// Checks: BaseContext lets the server cancel in-flight requests on shutdown (Shutdown itself does not).
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	baseCtx, cancelBase := context.WithCancel(context.Background())
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	handler := make(chan string, 1)
	srv := &http.Server{
		BaseContext: func(net.Listener) context.Context { return baseCtx },
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-time.After(time.Second):
				handler <- "handler finished"
			case <-r.Context().Done():
				handler <- "handler stopped: " + r.Context().Err().Error()
			}
			fmt.Fprint(w, "partial")
		}),
	}
	go srv.Serve(ln)
	body := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			body <- err.Error()
			return
		}
		resp.Body.Close()
		body <- resp.Status
	}()
	time.Sleep(100 * time.Millisecond)
	shutdownDone := make(chan error)
	go func() { shutdownDone <- srv.Shutdown(context.Background()) }()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("cancelling the base context")
	cancelBase()
	fmt.Println(<-handler)
	fmt.Println("shutdown:", <-shutdownDone)
	fmt.Println("client:", <-body)
}
