// Checks: Shutdown with a deadline shorter than a slow request returns DeadlineExceeded;
// then Close cuts the request and the client sees an error.
//
//deferlab:signal SIGTERM@100ms
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	handled := make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer close(handled)
		select {
		case <-time.After(2 * time.Second):
			fmt.Fprint(w, "slow done")
		case <-r.Context().Done():
			fmt.Println("handler: request context:", r.Context().Err())
		}
	})}
	go srv.Serve(ln)
	res := make(chan string, 1)
	go func() {
		_, err := http.Get("http://" + ln.Addr().String() + "/slow")
		res <- fmt.Sprint("client error: ", err != nil)
	}()
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err := srv.Shutdown(sctx)
	fmt.Println("shutdown:", err, errors.Is(err, context.DeadlineExceeded))
	cerr := srv.Close()
	// the handler and the client are both woken by Close: wait for each before printing
	<-handled
	fmt.Println(<-res)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("close:", cerr)
}
