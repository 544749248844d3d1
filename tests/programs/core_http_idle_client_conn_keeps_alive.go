//deferlab:signal SIGTERM@300ms
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hi") })}
	go srv.Serve(ln)
	resp, err := http.Get("http://" + ln.Addr().String())
	if err != nil {
		panic(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(b))
	ln.Close() // stop accepting; the kept-alive connection stays open
	done := make(chan bool)
	<-done
}
