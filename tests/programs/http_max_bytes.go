// Checks: http.MaxBytesReader / MaxBytesHandler: a body within the limit is read whole; a larger
// one yields the limit's bytes then *http.MaxBytesError ("http: request body too large"), and
// the server closes the connection after the reply (the client sees resp.Close).
package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func upload(w http.ResponseWriter, r *http.Request) {
	b, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		fmt.Printf("  server: read %d bytes, %v (limit %d)\n", len(b), err, tooBig.Limit)
		_, err2 := r.Body.Read(make([]byte, 4))
		fmt.Println("  server: read again:", err2)
		http.Error(w, err.Error(), http.StatusRequestEntityTooLarge)
		return
	}
	fmt.Fprintf(w, "stored %d bytes: %s", len(b), b)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /direct", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 8)
		upload(w, r)
	})
	mux.Handle("POST /wrapped", http.MaxBytesHandler(http.HandlerFunc(upload), 16))
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	for _, c := range []struct{ path, body string }{
		{"/direct", "12345678"},
		{"/direct", "123456789"},
		{"/wrapped", "a short note"},
		{"/wrapped", strings.Repeat("x", 100)},
	} {
		resp, err := http.Post(base+c.path, "text/plain", strings.NewReader(c.body))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s (%d bytes): %s %q close=%v\n", c.path, len(c.body), resp.Status, b, resp.Close)
	}
	srv.Close()
}
