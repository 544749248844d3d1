// Checks: invalid UTF-8 bytes in strings: []rune gives U+FFFD, slicing and indexing keep the raw bytes, strings functions see utf8.RuneError.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	bad := "a\xffb\xc3"
	fmt.Println([]rune(bad), len(bad), bad[1], len(bad[1:3]))
	fmt.Printf("%q %q %x\n", bad[1:], "héllo"[1:2], "héllo"[:2])
	fmt.Println(strings.IndexRune(bad, utf8.RuneError), strings.ContainsRune(bad, utf8.RuneError), strings.IndexRune("x\uFFFD", 0xD800))
	fmt.Printf("%q %q\n", strings.ToUpper(bad), strings.Map(func(r rune) rune { return r }, bad))
	fmt.Println(strings.IndexFunc(bad, func(r rune) bool { return r == utf8.RuneError }))
	fmt.Printf("%q %q\n", strings.FieldsFunc("x\xffy", func(r rune) bool { return r == utf8.RuneError }),
		strings.TrimFunc(bad, func(r rune) bool { return r > 127 }))
}
