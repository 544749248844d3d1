package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// bytes.Buffer methods, with Go's capacities and the aliasing of Bytes.
func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteString("hello")
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	p := b.Bytes()
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	r, sz, err := b.ReadRune()
	fmt.Println(r, sz, err, b.UnreadRune(), b.UnreadRune())
	fmt.Printf("%q\n", b.Next(3))
	b.Reset()
	b.WriteString("XY")
	fmt.Printf("%q\n", p[:4])
	b.Grow(100)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString(strings.Repeat("z", 200))
	fmt.Println(b.Len(), b.Cap())
	b.Truncate(5)
	fmt.Println(b.String())
	nb := bytes.NewBufferString("line1\nline2\nrest")
	fmt.Println(nb.Cap())
	l, err := nb.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	lb, err := nb.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", lb, err, cap(lb))
	lb, err = nb.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", lb, err, cap(lb))
	lb, err = nb.ReadBytes('\n')
	fmt.Println(lb == nil, err)
	pk, err := bytes.NewBufferString("peek").Peek(10)
	fmt.Printf("%q %v\n", pk, err)
	var rb bytes.Buffer
	n, err := rb.ReadFrom(strings.NewReader(strings.Repeat("q", 700)))
	fmt.Println(n, err, rb.Len(), rb.Cap())
	m, err := io.Copy(os.Stdout, bytes.NewBufferString("copied\n"))
	fmt.Println(m, err)
	var wb bytes.Buffer
	fmt.Fprintf(&wb, "%d-%s", 42, "x")
	wb.WriteTo(os.Stdout)
	fmt.Println(wb.Len())
	x := make([]byte, 2)
	k, err := wb.Read(x)
	fmt.Println(k, err)
	nbuf := bytes.NewBuffer(make([]byte, 0, 10))
	nbuf.WriteString("abc")
	fmt.Println(nbuf.Cap(), nbuf.Available(), len(nbuf.AvailableBuffer()), cap(nbuf.AvailableBuffer()))
	var big bytes.Buffer
	for i := 0; i < 30; i++ {
		big.WriteString("0123456789")
	}
	fmt.Println(big.Len(), big.Cap())
	big.Next(290)
	big.WriteString("abcdefghijklmnop")
	fmt.Println(big.Len(), big.Cap(), big.String())
}
