// Checks: Shutdown closes the listener at once (Serve returns ErrServerClosed) but waits for the in-flight request.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("handler finished; request ctx err:", r.Context().Err())
		fmt.Fprint(w, "slow response")
	})}
	go func() {
		err := srv.Serve(ln)
		fmt.Println("serve returned:", err, err == http.ErrServerClosed)
	}()
	body := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			body <- "client error"
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body <- string(b)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("shutdown returned:", srv.Shutdown(context.Background()))
	fmt.Println("client got:", <-body)
}
