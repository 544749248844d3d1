package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

// A line-based TCP echo: both ends read with bufio.Reader.ReadString('\n').
func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:18471")
	if err != nil {
		fmt.Println(err)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		conn, err := ln.Accept()
		if err != nil {
			fmt.Println("accept:", err)
			return
		}
		defer conn.Close()
		r := bufio.NewReader(conn)
		w := bufio.NewWriter(conn)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				fmt.Printf("server: %q %v\n", line, err)
				return
			}
			fmt.Fprintf(w, "echo %s", strings.ToUpper(line))
			w.Flush()
		}
	}()
	c, err := net.Dial("tcp", "127.0.0.1:18471")
	if err != nil {
		fmt.Println(err)
		return
	}
	r := bufio.NewReader(c)
	for _, msg := range []string{"hello", "bufio", "world"} {
		fmt.Fprintf(c, "%s\n", msg)
		reply, err := r.ReadString('\n')
		fmt.Printf("client: %q %v\n", reply, err)
	}
	c.Write([]byte("no newline"))
	c.Close()
	wg.Wait()
	ln.Close()
}
