// Checks: QueryUnescape / PathUnescape / ParseQuery report a bad escape as url.EscapeError.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	q, err := url.QueryUnescape("a%zz")
	fmt.Printf("%q %v %T\n", q, err, err)
	fmt.Println(url.QueryUnescape("%"))
	fmt.Println(url.QueryUnescape("x%4"))
	fmt.Println(url.PathUnescape("a%2Fb+c"))
	fmt.Println(url.QueryUnescape("a%2Fb+c"))
	v, err := url.ParseQuery("a=1&b=%zz&c=3&d;e")
	fmt.Println(v, err)
}
