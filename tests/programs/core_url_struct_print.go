// Checks: %v / %+v of a url.URL print Go's fields in Go's order (User prints via its String).
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, _ := url.Parse("https://example.com/x?q=1")
	fmt.Printf("%+v\n", *u)
	v, _ := url.Parse("postgres://user:pass@host.com:5432/path?")
	fmt.Printf("%+v\n%v\n", *v, *v)
}
