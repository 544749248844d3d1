//deferlab:title HTTP server Close() cuts an in-flight request
//deferlab:topic http
//deferlab:seed-section 3.3
//deferlab:chart http-shutdown
//deferlab:notice-en srv.Close() closes the listener and every connection at once, including the one still being served.
//deferlab:notice-en The handler only learns about it through r.Context(), which is cancelled; the client gets EOF instead of a response.
//deferlab:notice-en Serve returns http.ErrServerClosed ("http: Server closed") in both Close and Shutdown: that error alone says nothing about the requests.
//deferlab:notice-zh srv.Close() 会立即关闭监听器和所有连接,包括仍在处理中的那个。
//deferlab:notice-zh handler 只能通过被取消的 r.Context() 得知这一点;客户端收到的是 EOF 而不是响应。
//deferlab:notice-zh 无论 Close 还是 Shutdown,Serve 都返回 http.ErrServerClosed("http: Server closed"):单凭这个错误看不出请求的命运。
package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	started, handlerDone := make(chan struct{}), make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/report", func(w http.ResponseWriter, r *http.Request) {
		defer close(handlerDone)
		close(started)
		fmt.Println("handler: building the report (500ms)")
		select {
		case <-time.After(500 * time.Millisecond):
			fmt.Fprintln(w, "report ready")
			fmt.Println("handler: report written")
		case <-r.Context().Done():
			fmt.Println("handler: request context:", r.Context().Err())
		}
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0") // port 0: any free port
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	clientErr := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/report")
		if err == nil {
			resp.Body.Close()
		}
		clientErr <- err
	}()

	<-started
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: srv.Close() while the request is in flight")
	srv.Close()

	<-handlerDone
	fmt.Println("main: Serve returned:", <-served)
	fmt.Println("client: error:", errors.Unwrap(<-clientErr)) // url.Error wraps the cause
}
