// Checks: "Connection: close" both ways: a handler setting it (before WriteHeader) makes the
// server close the connection and the client see resp.Close with the header removed; a request
// with Request.Close, the header, or DisableKeepAlives arrives with r.Close and the header kept.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"
)

func main() {
	var opened, closed atomic.Int32
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Printf("  server %s: r.Close=%v Connection=%q\n", r.URL.Path, r.Close, r.Header.Get("Connection"))
			switch r.URL.Path {
			case "/bye":
				w.Header().Set("Connection", "close")
			case "/late":
				w.WriteHeader(http.StatusAccepted)
				w.Header().Set("Connection", "close") // too late: the header is already written
				w.Header().Set("X-Late", "yes")
			}
			io.WriteString(w, "ok")
		}),
		ConnState: func(c net.Conn, s http.ConnState) {
			switch s {
			case http.StateNew:
				opened.Add(1)
			case http.StateClosed:
				closed.Add(1)
			}
		},
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	do := func(c *http.Client, path string, reqClose bool, hdr string) {
		req, _ := http.NewRequest("GET", base+path, nil)
		req.Close = reqClose
		if hdr != "" {
			req.Header.Set("Connection", hdr)
		}
		resp, err := c.Do(req)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		io.ReadAll(resp.Body)
		resp.Body.Close()
		time.Sleep(50 * time.Millisecond)
		fmt.Printf("%s: %s resp.Close=%v Connection=%q X-Late=%q conns opened=%d closed=%d\n", path,
			resp.Status, resp.Close, resp.Header.Get("Connection"), resp.Header.Get("X-Late"),
			opened.Load(), closed.Load())
	}
	do(http.DefaultClient, "/plain", false, "")
	do(http.DefaultClient, "/bye", false, "")
	do(http.DefaultClient, "/late", false, "")
	do(http.DefaultClient, "/reqclose", true, "")
	do(http.DefaultClient, "/hdrclose", false, "Close")
	do(&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}, "/nokeepalive", false, "")
	srv.Close()
}
