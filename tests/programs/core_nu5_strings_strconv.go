// Checks: strings and strconv functions common in config parsing.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	line := "  timeout=30s ; retries=3;debug=true  "
	for _, kv := range strings.Split(strings.TrimSpace(line), ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
		fmt.Printf("%q %q %v\n", k, v, ok)
	}
	n, err := strconv.Atoi("42x")
	fmt.Println(n, err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	f, _ := strconv.ParseFloat("2.50", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 3, 64), strconv.Itoa(-7), strconv.Quote("a\tb"))
	i64, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i64, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	fmt.Println(strings.Repeat("=", 5), strings.HasPrefix("SIGTERM", "SIG"), strings.Index("graceful", "ce"),
		strings.ReplaceAll("a-b-c", "-", "+"), strings.Fields(" x  y "), strings.Title("go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"),
		strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.ContainsAny("abc", "xyzc"))
}
