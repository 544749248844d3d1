//deferlab:title Shutdown gives up when its context expires
//deferlab:topic http
//deferlab:seed-section 3.3
//deferlab:chart http-shutdown
//deferlab:notice-en The handler needs 1s but Shutdown is only given 300ms: it returns context.DeadlineExceeded and the request is still running.
//deferlab:notice-en Shutdown never cancels requests itself; here main falls back to srv.Close(), which cancels the request context.
//deferlab:notice-en Pick the Shutdown timeout from your slowest request, and keep it below the platform's kill deadline.
//deferlab:notice-zh handler 需要 1 秒,但 Shutdown 只有 300ms:它返回 context.DeadlineExceeded,而请求仍在运行。
//deferlab:notice-zh Shutdown 本身从不取消请求;这里 main 退而调用 srv.Close(),由它取消请求的 context。
//deferlab:notice-zh Shutdown 的超时应根据最慢的请求来定,并且要小于平台强制杀死进程的期限。
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	started, handlerDone := make(chan struct{}), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/export", func(w http.ResponseWriter, r *http.Request) {
		defer close(handlerDone)
		close(started)
		fmt.Println("handler: exporting (1s)")
		select {
		case <-time.After(time.Second):
			fmt.Fprintln(w, "export done")
		case <-r.Context().Done():
			fmt.Println("handler: request context:", r.Context().Err())
		}
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)

	clientErr := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/export")
		if err == nil {
			resp.Body.Close()
		}
		clientErr <- err
	}()

	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	err = srv.Shutdown(ctx)
	fmt.Println("main: Shutdown returned:", err)
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Println("main: grace time is over, forcing srv.Close()")
		srv.Close()
	}
	<-handlerDone
	fmt.Println("client: error:", errors.Unwrap(<-clientErr))
}
