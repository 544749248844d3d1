// Checks: keep-alive: two requests reuse one connection, which turns idle; Shutdown closes it and returns at once.
package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var states []string
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "pong ", r.URL.Path)
		}),
		ConnState: func(c net.Conn, s http.ConnState) {
			mu.Lock()
			states = append(states, s.String())
			mu.Unlock()
		},
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	for _, p := range []string{"/a", "/b"} {
		resp, err := http.Get("http://" + ln.Addr().String() + p)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, string(b))
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	err := srv.Shutdown(context.Background())
	fmt.Println("shutdown:", err, "quick:", time.Since(start) < 40*time.Millisecond)
	fmt.Println("serve:", <-served)
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("states:", states)
	mu.Unlock()
}
