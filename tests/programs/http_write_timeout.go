// Checks: a handler slower than WriteTimeout runs to completion but its response is lost: the client gets EOF.
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
	done := make(chan string, 1)
	srv := &http.Server{
		WriteTimeout: 100 * time.Millisecond,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(200 * time.Millisecond)
			fmt.Fprint(w, "too late")
			done <- fmt.Sprint("handler finished, ctx err: ", r.Context().Err())
		}),
	}
	go srv.Serve(ln)
	_, err := http.Get("http://" + ln.Addr().String() + "/")
	fmt.Println(err != nil, errors.Is(err, io.EOF))
	fmt.Println(<-done)
	srv.Close()
}
