// Checks: the server sees the headers Go's client adds: User-Agent: Go-http-client/1.1,
// Accept-Encoding: gzip (not for HEAD, Range, DisableCompression, or a set Accept-Encoding),
// and Content-Length (POST/PUT/PATCH; none for a chunked body of unknown length).
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/h", func(w http.ResponseWriter, req *http.Request) {
		var keys []string
		for k, v := range req.Header {
			keys = append(keys, fmt.Sprintf("%s=%q", k, v))
		}
		sort.Strings(keys)
		b, _ := io.ReadAll(req.Body)
		fmt.Fprintf(w, "%s %d %d %q %v", req.Method, len(req.Header), req.ContentLength, b, keys)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	show := func(resp *http.Response, err error) {
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b))
	}
	show(http.Get(base + "/h"))
	show(http.Post(base+"/h", "text/plain", strings.NewReader("abc")))
	show(http.Post(base+"/h", "text/plain", nil))
	show(http.Post(base+"/h", "text/plain", io.MultiReader(strings.NewReader("xyz"))))
	req, _ := http.NewRequest("DELETE", base+"/h", nil)
	req.Header.Set("User-Agent", "")
	req.Header.Set("X-Custom", "1")
	req.Header.Set("Accept-Encoding", "br")
	show(http.DefaultClient.Do(req))
	req, _ = http.NewRequest("GET", base+"/h", nil)
	req.Header.Set("User-Agent", "mine/2")
	req.Header.Set("Range", "bytes=0-1")
	show(http.DefaultClient.Do(req))
	c := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	show(c.Get(base + "/h"))
	req, _ = http.NewRequest("PUT", base+"/h", nil)
	show(http.DefaultClient.Do(req))
	srv.Close()
}
