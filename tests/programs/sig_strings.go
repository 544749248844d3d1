// Checks: how signals print: String(), %v, %d and %T.
package main

import (
	"fmt"
	"os"
	"syscall"
)

func main() {
	fmt.Println(syscall.SIGTERM, "|", os.Interrupt, "|", syscall.SIGHUP, "|", syscall.SIGUSR1)
	fmt.Println(syscall.SIGUSR2, "|", syscall.SIGQUIT, "|", os.Kill, "|", syscall.SIGPIPE)
	fmt.Printf("%v %d %T %s\n", syscall.SIGTERM, syscall.SIGTERM, syscall.SIGTERM, os.Interrupt)
	var s os.Signal = syscall.SIGINT
	fmt.Println(s == os.Interrupt, s.String())
}
