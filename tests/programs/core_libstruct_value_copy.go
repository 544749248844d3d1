package main

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// Library struct values copy like any struct: assignment, *p, and a user struct's field.
type Log struct {
	Name string
	Buf  bytes.Buffer
}

func main() {
	a := strconv.NumError{Func: "A"}
	b := a
	b.Func = "B"
	fmt.Println(a.Func, b.Func)
	ne := &strconv.NumError{Func: "Atoi", Num: "1"}
	ne2 := *ne
	ne2.Num = "2"
	fmt.Println(ne.Num, ne2.Num)
	u, _ := url.Parse("http://x.com/a?q=1")
	u2 := *u
	u2.Path = "/b"
	fmt.Println(u.Path, u2.Path)
	r := strings.NewReader("hello")
	r2 := *r
	r2.Read(make([]byte, 2))
	fmt.Println(r.Len(), r2.Len())
	l := Log{Name: "x"}
	l.Buf.WriteString("ab")
	l2 := l
	l2.Buf.WriteString("cd")
	fmt.Println(l.Buf.String(), l2.Buf.String())
}
