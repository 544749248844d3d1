// Checks: ServeMux routing: exact, subtree, method patterns, wildcards, 404, 405, redirect to the subtree.
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/exact", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "exact")
	})
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "static tree: ", r.URL.Path)
	})
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "item ", r.PathValue("id"))
	})
	mux.HandleFunc("POST /items", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Created", "yes")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %s (%s)", b, r.Header.Get("Content-Type"))
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "short and stout", http.StatusTeapot)
	})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s %q ct=%q allow=%q path=%s\n", resp.Status, b, resp.Header.Get("Content-Type"),
			resp.Header.Get("Allow"), resp.Request.URL.Path)
	}
	show(http.Get(base + "/exact"))
	show(http.Get(base + "/exact/more"))
	show(http.Get(base + "/static/css/site.css"))
	show(http.Get(base + "/static"))
	show(http.Get(base + "/items/42"))
	show(http.Post(base+"/items", "text/plain", strings.NewReader("widget")))
	show(http.Post(base+"/items/42", "text/plain", strings.NewReader("x")))
	show(http.Get(base + "/teapot"))
	show(http.Get(base + "/nothing"))
	fmt.Println(http.StatusText(http.StatusServiceUnavailable), http.StatusNotFound)
	srv.Close()
}
