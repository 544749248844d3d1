// Checks: http.TimeoutHandler: a fast handler's status, headers and body pass through; a slow
// one gets 503 with the given body (or Go's default HTML), its context ends with "context
// deadline exceeded" and its later writes fail with http.ErrHandlerTimeout.
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
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(300 * time.Millisecond):
			fmt.Println("  handler: finished (unexpected)")
		case <-r.Context().Done():
		}
		time.Sleep(50 * time.Millisecond) // the client has its 503 by now
		_, err := io.WriteString(w, "late answer")
		fmt.Println("  handler:", r.Context().Err(), "/ late write:", err, errors.Is(err, http.ErrHandlerTimeout))
	})
	fast := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Fast", "1")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, "quick")
	})
	mux := http.NewServeMux()
	mux.Handle("/slow", http.TimeoutHandler(slow, 100*time.Millisecond, "took too long\n"))
	mux.Handle("/slowdefault", http.TimeoutHandler(slow, 100*time.Millisecond, ""))
	mux.Handle("/fast", http.TimeoutHandler(fast, 100*time.Millisecond, "never"))
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/fast", "/slow", "/slowdefault"} {
		start := time.Now()
		resp, err := http.Get(base + p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %s x-fast=%q ct=%q %q fast=%v\n", p, resp.Status, resp.Header.Get("X-Fast"),
			resp.Header.Get("Content-Type"), b, time.Since(start) < 200*time.Millisecond)
		time.Sleep(150 * time.Millisecond) // let the abandoned handler finish
	}
	srv.Close()
}
