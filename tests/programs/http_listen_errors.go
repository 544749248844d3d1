// Checks: ListenAndServe returns at once when the address is in use or invalid.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	err := http.ListenAndServe(ln.Addr().String(), nil)
	fmt.Println("in use:", errors.Is(err, syscall.EADDRINUSE))
	err = http.ListenAndServe("127.0.0.1:-1", nil)
	fmt.Println(err)
}
