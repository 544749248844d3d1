// Checks: ServeMux's trailing-slash and clean-path redirects are 307 and keep the query (also
// past a "/" catch-all); a client following them resends a POST body on 307 and sets Referer;
// CheckRedirect with ErrUseLastResponse leaves the redirect's body readable.
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
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "root") })
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s q=%s body=%q referer=%v", r.Method, r.URL.Path, r.URL.RawQuery, b,
			r.Header.Get("Referer") != "")
	})
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "welcome/../home?from=login", http.StatusFound)
	})
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	noFollow := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	for _, p := range []string{"/api?x=1", "/api//v1/../items?y=2", "/login"} {
		resp, err := noFollow.Get(base + p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		b, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s -> %s loc=%q ct=%q body=%q %v\n", p, resp.Status, resp.Header.Get("Location"),
			resp.Header.Get("Content-Type"), b, rerr)
	}
	resp, err := http.Post(base+"/api?z=3", "text/plain", strings.NewReader("payload"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("POST followed: %s %q\n", resp.Status, b)
	}
	resp, err = http.Get(base + "/login")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("GET /login followed: %s %q path=%s\n", resp.Status, b, resp.Request.URL.Path)
	}
	srv.Close()
}
