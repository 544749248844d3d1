// Checks: a handler panic is logged as "http: panic serving ADDR: VALUE" through Server.ErrorLog
// when set, else through the standard logger (its prefix and flags); ErrAbortHandler is not
// logged; the client sees the connection close (EOF).
package main

import (
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"strings"
)

// firstLine prints the first line of each log entry, without the client's address.
type firstLine struct{ tag string }

func (f firstLine) Write(p []byte) (int, error) {
	line, _, _ := strings.Cut(string(p), "\n")
	if before, after, ok := strings.Cut(line, "panic serving "); ok {
		_, value, _ := strings.Cut(after, ": ")
		line = before + "panic serving <addr>: " + value
	}
	fmt.Printf("[%s] %s\n", f.tag, line)
	return len(p), nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/boom":
		panic("boom")
	case "/err":
		panic(errors.New("db: connection lost"))
	case "/abort":
		panic(http.ErrAbortHandler)
	}
	fmt.Fprint(w, "fine")
}

func serve(srv *http.Server) string {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go srv.Serve(ln)
	return "http://" + ln.Addr().String()
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.SetOutput(firstLine{"default"})
	withLog := &http.Server{Handler: http.HandlerFunc(handler),
		ErrorLog: log.New(firstLine{"errorlog"}, "srv: ", log.Lmsgprefix)}
	plain := &http.Server{Handler: http.HandlerFunc(handler)}
	for _, base := range []string{serve(withLog), serve(plain)} {
		for _, p := range []string{"/boom", "/err", "/abort", "/ok"} {
			resp, err := http.Get(base + p)
			if err != nil {
				fmt.Println(p, "client error:", strings.Contains(err.Error(), "EOF"))
				continue
			}
			resp.Body.Close()
			fmt.Println(p, resp.Status)
		}
	}
	withLog.Close()
	plain.Close()
}
