package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// strings.Reader and bytes.Reader methods: reads, runes, unread, seek, ReadAt, WriteTo, Reset.
func main() {
	r := strings.NewReader("héllo, world")
	b := make([]byte, 3)
	n, err := r.Read(b)
	fmt.Println(n, err, b[:n], r.Len(), r.Size())
	ch, sz, err := r.ReadRune()
	fmt.Println(ch, sz, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d %d\n", rest, len(rest), cap(rest))
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	r.Reset("again\n")
	nn, err := io.Copy(os.Stdout, r)
	fmt.Println(nn, err)
	buf := make([]byte, 4)
	n, err = r.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]))

	data := []byte("bytes reader")
	br := bytes.NewReader(data)
	data[0] = 'B'
	x, _ := br.ReadByte()
	fmt.Println(string(x), br.Len(), br.Size())
	fmt.Println(br.UnreadRune())
	var sb strings.Builder
	m, err := br.WriteTo(&sb)
	fmt.Println(m, err, sb.String(), br.Len())
	fmt.Println(bytes.NewReader(nil).UnreadByte())
	br.Reset([]byte("xyz"))
	big, err := io.ReadAll(br)
	fmt.Println(string(big), err, cap(big))
	long := strings.Repeat("a", 5000)
	all, _ := io.ReadAll(strings.NewReader(long))
	fmt.Println(len(all), cap(all))
}
