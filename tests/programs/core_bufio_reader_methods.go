package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("héllo world\r\nline two\nthird"))
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	p, err := r.Peek(5)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	d, err := r.Discard(3)
	fmt.Println(d, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	bs, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)
	_, _, err = r.ReadRune()
	fmt.Println(err, r.Size())

	small := bufio.NewReaderSize(strings.NewReader(strings.Repeat("ab", 20)+"\nrest"), 16)
	fmt.Println(small.Size())
	line, isPrefix, err = small.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	sl, err := small.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	full, err := small.ReadString('\n')
	fmt.Printf("%q %v\n", full, err)
	buf := make([]byte, 3)
	n, err := small.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	all, err := io.ReadAll(small)
	fmt.Printf("%q %v\n", all, err)
	_, err = small.Peek(20)
	fmt.Println(err)
	_, err = small.Peek(-1)
	fmt.Println(err)
}
