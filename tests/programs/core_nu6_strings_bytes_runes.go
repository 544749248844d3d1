// Checks: strings as bytes and runes, conversions, and building strings.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[1], s[0:1], string(s[7]))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'A'
	b = append(b, "def"...)
	fmt.Println(string(b), len(b), b[:2])
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[7:]), string(rune(65)), fmt.Sprint('x'))
	out := ""
	for i := 0; i < 3; i++ {
		out += fmt.Sprintf("[%d]", i)
	}
	fmt.Println(out, strings.Compare("a", "b"), "go" < "gopher", strings.ToUpper("é"))
	var sb strings.Builder
	sb.WriteString("shut")
	sb.WriteByte('-')
	sb.WriteRune('↓')
	fmt.Println(sb.String(), sb.Len())
}
