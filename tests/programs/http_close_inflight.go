// Checks: Close drops in-flight connections: the handler's context is cancelled and the client gets EOF.
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	handler := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(300 * time.Millisecond):
			handler <- "handler finished"
		case <-r.Context().Done():
			handler <- "handler cancelled: " + r.Context().Err().Error()
		}
	})}
	go srv.Serve(ln)
	client := make(chan string, 1)
	go func() {
		_, err := http.Get("http://" + ln.Addr().String() + "/")
		client <- fmt.Sprint("client error is EOF: ", errors.Is(err, io.EOF))
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("close:", srv.Close())
	fmt.Println(<-handler)
	fmt.Println(<-client)
}
