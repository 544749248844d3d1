// Checks: dialing a port nobody listens on fails with the exact url.Error / net.OpError text.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"syscall"
)

func main() {
	resp, err := http.Get("http://127.0.0.1:1/")
	fmt.Println(resp == nil, err)
	var ue *url.Error
	if errors.As(err, &ue) {
		fmt.Println("op:", ue.Op, "url:", ue.URL, "timeout:", ue.Timeout())
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		fmt.Println("net op:", oe.Op, oe.Net, oe.Addr)
	}
	fmt.Println("refused:", errors.Is(err, syscall.ECONNREFUSED))
	_, err = http.Get("ftp://127.0.0.1/")
	fmt.Println(err)
	_, err = http.Get("://nowhere")
	fmt.Println(err)
}
