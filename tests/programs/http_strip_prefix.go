// Checks: http.StripPrefix under a ServeMux subtree (path seen by the inner handler, 404 when the
// prefix does not match), the http.Method* constants, and RedirectHandler.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	files := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", strings.Join([]string{http.MethodGet, http.MethodHead}, ", "))
			http.Error(w, "read only", http.StatusMethodNotAllowed)
			return
		}
		fmt.Fprintf(w, "file %q (uri %s)", r.URL.Path, r.RequestURI)
	})
	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static", files))
	mux.Handle("/assets/", http.StripPrefix("/nomatch", files))
	mux.Handle("/old", http.RedirectHandler("/static/new.txt", http.StatusMovedPermanently))
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	show := func(method, path string) {
		req, _ := http.NewRequest(method, base+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%-7s %-20s -> %s %q allow=%q final=%s\n", method, path, resp.Status, b,
			resp.Header.Get("Allow"), resp.Request.URL.Path)
	}
	show(http.MethodGet, "/static/css/site.css")
	show(http.MethodGet, "/static/")
	show(http.MethodPost, "/static/x")
	show(http.MethodDelete, "/static/x")
	show(http.MethodGet, "/assets/logo.png")
	show(http.MethodGet, "/old")
	fmt.Println(http.MethodPut, http.MethodPatch, http.MethodOptions, http.MethodConnect, http.MethodTrace)
	srv.Close()
}
