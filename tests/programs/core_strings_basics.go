// Checks: common strings package functions and strings.Builder.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Go World  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "Go"), strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "x"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "zz"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields(" a  b c "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.Count("cheese", "e"), strings.TrimPrefix("prefix-body", "prefix-"), strings.Trim("xxhixx", "x"))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), "a" < "b", "abc" == "ab"+"c")
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
}
