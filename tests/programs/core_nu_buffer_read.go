// Checks: bytes.Buffer as an io.Reader: Read, ReadByte, ReadString (io.EOF at the end), io.ReadAll and io.Copy drain it.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	b := bytes.NewBufferString("line1\nrest")
	for {
		l, err := b.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
	b.WriteString("xyz")
	c, _ := b.ReadByte()
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Println(c, n, err, p)
	n, err = b.Read(p)
	fmt.Println(n, err)
	var w bytes.Buffer
	fmt.Fprintf(&w, "copied %d\n", 1)
	io.Copy(os.Stdout, &w)
	w.WriteString("all")
	data, err := io.ReadAll(&w)
	fmt.Println(string(data), err, w.Len())
}
