// Checks: url.Parse's host validation errors, as *url.Error wrapping Go's messages.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{"http://[::1", "http://a b.com/", "http://host:port/", ":foo",
		"http://x/%zz", "http://h:80:90/", "http://[1.2.3.4]/", "a:b", "http://h/#%zz",
		"http://[fe80::1%25en0]:8080/", "postgres://h1:5432,h2:5433/db"} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Printf("%v (%T)\n", err, err.(*url.Error).Err)
			continue
		}
		fmt.Println(u.Host, u.Hostname(), u.Port())
	}
	_, err := url.ParseRequestURI("foo")
	fmt.Println(err)
}
