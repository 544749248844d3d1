// Checks: a HEAD response carries the Content-Length (and Content-Type) the handler's GET would
// have had, and no body; an empty HEAD response has no Content-Length (ContentLength -1).
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		n, err := fmt.Fprint(w, "hello")
		fmt.Println("handler wrote", n, err)
	})
	mux.HandleFunc("/empty", func(w http.ResponseWriter, req *http.Request) {})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	for _, p := range []string{"/", "/empty"} {
		resp, err := http.Head(base + p)
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, resp.ContentLength, resp.Header.Get("Content-Length"),
			resp.Header.Get("Content-Type"), len(b))
	}
	srv.Close()
}
