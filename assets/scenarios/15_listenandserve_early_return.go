//deferlab:title The ListenAndServe early-return bug
//deferlab:topic http
//deferlab:seed-section 3.3
//deferlab:signal SIGTERM@200ms
//deferlab:chart http-shutdown signal-shutdown
//deferlab:notice-en Serve (like ListenAndServe) returns ErrServerClosed as soon as Shutdown begins, not when it ends.
//deferlab:notice-en Main treats that return as "done", returns, and the process exits while the upload is still being saved.
//deferlab:notice-en The fix: after Serve returns, wait for the goroutine that calls Shutdown to finish (a channel or WaitGroup).
//deferlab:notice-zh Serve(与 ListenAndServe 一样)在 Shutdown 开始时就返回 ErrServerClosed,而不是在它结束时。
//deferlab:notice-zh main 把这次返回当作"已完成"直接退出,进程在上传仍在保存时就结束了。
//deferlab:notice-zh 修复方法:Serve 返回后,等待调用 Shutdown 的 goroutine 结束(用通道或 WaitGroup)。
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/upload", func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("handler: saving the upload (500ms)")
		time.Sleep(500 * time.Millisecond)
		fmt.Println("handler: upload saved (never printed)")
		fmt.Fprintln(w, "saved")
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}

	sigCh := make(chan os.Signal, 1)
	signal.Notify(sigCh, syscall.SIGTERM)
	go func() {
		fmt.Println("signal:", <-sigCh, "-> srv.Shutdown")
		srv.Shutdown(context.Background()) // BUG: nobody waits for this to finish
	}()

	go http.Get("http://" + ln.Addr().String() + "/upload") // a client uploads right away

	err = srv.Serve(ln) // blocks... until Shutdown *starts*
	fmt.Println("main: Serve returned:", err)
	fmt.Println("main: exiting while the handler is still running")
}
