// Checks: runtime.NumGoroutine counts net/http's hidden goroutines: two per client keep-alive
// connection (readLoop, writeLoop) until it closes, the server's per-connection goroutine, and
// its background read while a handler runs once the request body is consumed.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"time"
)

func count(stage string) {
	time.Sleep(50 * time.Millisecond)
	fmt.Println(stage+":", runtime.NumGoroutine())
}

func main() {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("  handler", r.Method, "body unread:", runtime.NumGoroutine())
		io.ReadAll(r.Body)
		fmt.Println("  handler", r.Method, "body read:", runtime.NumGoroutine())
		io.WriteString(w, "ok")
	})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	count("serving")
	get := func(c *http.Client) {
		resp, err := c.Get(base + "/")
		if err == nil {
			io.ReadAll(resp.Body)
			resp.Body.Close()
		}
	}
	get(http.DefaultClient)
	count("one idle keep-alive conn")
	resp, err := http.Post(base+"/", "text/plain", strings.NewReader("data"))
	if err == nil {
		io.ReadAll(resp.Body)
		resp.Body.Close()
	}
	count("same conn reused")
	other := &http.Client{Transport: &http.Transport{}}
	get(other)
	count("second transport, second conn")
	get(&http.Client{Transport: &http.Transport{DisableKeepAlives: true}})
	count("no keep-alive: nothing left")
	other.CloseIdleConnections()
	count("after CloseIdleConnections")
	srv.Close()
	count("after srv.Close")
}
