// Checks: bytes.Buffer and strings.Builder as io.Writer targets, Fprintf, Len/Reset.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func report(w io.Writer, name string, n int) {
	fmt.Fprintf(w, "%-6s|%4d|\n", name, n)
}

func main() {
	var buf bytes.Buffer
	report(&buf, "db", 3)
	report(&buf, "cache", 12)
	fmt.Print(buf.String())
	fmt.Println(buf.Len())
	buf.Reset()
	buf.WriteString("reset ok")
	buf.WriteByte('!')
	fmt.Println(buf.String(), bytes.Contains(buf.Bytes(), []byte("ok")))
	var sb strings.Builder
	report(&sb, "http", 7)
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	n, err := io.WriteString(&sb, "more")
	fmt.Println(n, err, strings.Count(sb.String(), "|"))
}
