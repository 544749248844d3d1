//deferlab:title HTTP server Shutdown() lets the in-flight request finish
//deferlab:topic http
//deferlab:seed-section 3.3
//deferlab:chart http-shutdown
//deferlab:notice-en srv.Shutdown(ctx) closes the listener at once (Serve returns immediately) but waits for active connections to go idle.
//deferlab:notice-en The handler runs to completion with a live request context and the client gets its full response.
//deferlab:notice-en Shutdown returns nil only after the last request is done; the ctx bounds how long it may wait.
//deferlab:notice-zh srv.Shutdown(ctx) 立即关闭监听器(Serve 马上返回),但会等待活跃连接变为空闲。
//deferlab:notice-zh handler 在请求 context 仍然有效的情况下运行完毕,客户端拿到完整响应。
//deferlab:notice-zh 只有最后一个请求完成后 Shutdown 才返回 nil;ctx 限定了它最多等待多久。
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

func main() {
	started := make(chan struct{})
	mux := http.NewServeMux()
	mux.HandleFunc("/report", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		fmt.Println("handler: building the report (500ms)")
		select {
		case <-time.After(500 * time.Millisecond):
			fmt.Fprintln(w, "report ready")
			fmt.Println("handler: report written, ctx.Err() =", r.Context().Err())
		case <-r.Context().Done():
			fmt.Println("handler: request context:", r.Context().Err())
		}
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	reply := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/report")
		if err != nil {
			reply <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		reply <- resp.Status + ", body: " + strings.TrimSpace(string(body))
	}()

	<-started
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: srv.Shutdown() while the request is in flight")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	fmt.Println("main: Shutdown returned:", srv.Shutdown(ctx))
	fmt.Println("main: Serve returned:", <-served)
	fmt.Println("client:", <-reply)
}
