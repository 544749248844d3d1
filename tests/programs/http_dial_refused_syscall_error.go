package main

import (
	"errors"
	"fmt"
	"net"
	"os"
)

// A refused connection wraps an *os.SyscallError in a *net.OpError.
func main() {
	_, err := net.Dial("tcp", "127.0.0.1:1")
	var op *net.OpError
	var se *os.SyscallError
	fmt.Println(errors.As(err, &op), errors.As(err, &se))
	fmt.Printf("%T %v\n", op.Err, op.Err)
	fmt.Println(se.Syscall, se.Err)
}
