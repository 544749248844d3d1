package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failing struct{ calls int }

func (f *failing) Write(p []byte) (int, error) {
	f.calls++
	return 2, errors.New("disk full")
}

func main() {
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	n, err := w.WriteString("héllo ")
	fmt.Println(n, err)
	w.WriteByte('[')
	n, err = w.WriteRune('世')
	fmt.Println(n, err)
	w.WriteRune(-1)
	w.WriteRune(']')
	n, err = w.Write([]byte(" bytes\n"))
	fmt.Println(n, err, w.Buffered(), sb.Len())
	io.WriteString(w, "via io\n")
	fmt.Fprintf(w, "%d-%q\n", 42, "x")
	fmt.Println(w.Flush(), sb.Len(), w.Buffered())
	fmt.Print(sb.String())

	big := strings.Repeat("z", 5000)
	var sb2 strings.Builder
	w2 := bufio.NewWriter(&sb2)
	w2.WriteString("ab")
	w2.WriteString(big)
	fmt.Println(sb2.Len(), w2.Buffered())
	w2.Flush()
	fmt.Println(sb2.Len(), w2.Buffered())

	f := &failing{}
	w3 := bufio.NewWriterSize(f, 8)
	w3.WriteString("abcdef")
	fmt.Println(w3.Flush(), w3.Buffered(), f.calls)
	_, err = w3.WriteString("more")
	fmt.Println(err, w3.WriteByte('x'), w3.Flush(), f.calls)
	w3.Reset(&sb)
	fmt.Println(w3.Buffered(), w3.Available(), w3.Flush())
	fmt.Println(bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(w, 8000) == w)
}
