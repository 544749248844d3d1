package main

import (
	"fmt"
	"strings"
)

// strings.NewReplacer: the first pair in argument order wins at each position, replacements
// never overlap, and an empty old string inserts its replacement at every position.
func main() {
	cases := [][]string{
		{"", "X"},
		{"", "-", "a", "A"},
		{"a", "A", "", "-"},
		{"a", "1", "aa", "2"},
		{"aa", "2", "a", "1"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"hello", "bye"},
		{"a", "b", "b", "a"},
		{"x", "", "y", "Y"},
	}
	for _, c := range cases {
		r := strings.NewReplacer(c...)
		for _, in := range []string{"", "abc", "bab", "aaa", "<a&b>", "hello hello", "xyxy"} {
			fmt.Printf("%q ", r.Replace(in))
		}
		fmt.Println()
	}
}
