package main

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// io.Pipe is synchronous: a Write returns only once readers consumed all of it, in reads as
// small as their buffers; closing either end ends the other's blocked call with the close error.
func main() {
	pr, pw := io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := pw.Write([]byte("hello, pipe"))
		fmt.Println("write returned", n, err)
		n, err = fmt.Fprint(pw, "second")
		fmt.Println("fprint returned", n, err)
		pw.CloseWithError(errors.New("writer gone"))
		done <- true
	}()
	buf := make([]byte, 4)
	for {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
		time.Sleep(time.Millisecond)
	}
	<-done

	pr2, pw2 := io.Pipe()
	go func() {
		time.Sleep(5 * time.Millisecond)
		pr2.Close()
	}()
	n, err := pw2.Write([]byte("nobody reads"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	n, err = pw2.Write([]byte("again"))
	fmt.Println(n, err)
	n, err = pr2.Read(buf)
	fmt.Println(n, err)

	pr3, pw3 := io.Pipe()
	pw3.Close()
	n, err = pr3.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = pw3.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Println(pw3.Close(), pr3.Close())
}
