package main

import (
	"fmt"
	"strconv"
)

// Unquote: \x and octal escapes are bytes, in single quotes too; \u escapes are runes.
func main() {
	for _, in := range []string{`'\xff'`, `'\377'`, `'a'`, `'\u00ff'`, `'é'`, `"\xff\u00ff"`, "`raw\\n`", `'ab'`, `"\400"`} {
		s, err := strconv.Unquote(in)
		fmt.Printf("%-12s %q %d %v\n", in, s, len(s), err)
	}
}
