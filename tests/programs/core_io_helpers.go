package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct{ calls, bytes int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	c.bytes += len(p)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, os.Stdout)
	n, err := fmt.Fprintln(mw, "to all three")
	fmt.Println(n, err, a.String() == b.String(), a.Len())
	n, err = io.WriteString(io.MultiWriter(&a, failWriter{}, &b), "x")
	fmt.Println(n, err, a.Len(), b.Len())

	var log bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed data"), &log)
	data, err := io.ReadAll(tee)
	fmt.Printf("%q %v %q\n", data, err, log.String())

	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	data, err = io.ReadAll(lr)
	fmt.Printf("%q %v\n", data, err)
	l := &io.LimitedReader{R: strings.NewReader("abcdef"), N: 2}
	buf := make([]byte, 10)
	k, err := l.Read(buf)
	fmt.Println(k, err, l.N)
	k, err = l.Read(buf)
	fmt.Println(k, err, l.N)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), bytes.NewReader([]byte("two")))
	for {
		k, err := mr.Read(buf)
		fmt.Printf("%d %q %v\n", k, buf[:k], err)
		if err != nil {
			break
		}
	}
	cw := &countingWriter{}
	w, err := io.Copy(cw, io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd")))
	fmt.Println(w, err, cw.calls, cw.bytes)

	full := make([]byte, 5)
	k, err = io.ReadFull(strings.NewReader("abc"), full)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader("abcdefg"), full)
	fmt.Println(k, err, string(full))
	k, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), full[:2], 3)
	fmt.Println(k, err)

	w, err = io.CopyN(os.Stdout, strings.NewReader("copyN-limited\n"), 5)
	fmt.Println()
	fmt.Println(w, err)
	w, err = io.CopyN(io.Discard, strings.NewReader("short"), 10)
	fmt.Println(w, err)
}
