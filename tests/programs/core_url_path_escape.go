// Checks: URL.String and RequestURI escape the decoded Path as Go does (EscapedPath), keeping
// RawPath only when it is a valid encoding of Path; fragments and query escaping likewise.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{"https://example.com/a b", "http://x.com/a%2Fb?q=1#frag%20x",
		"http://x.com/caf\u00e9", "http://x.com/a;b,c", "http://x.com/?", "file:///etc/hosts", "*",
		"//host/p", "mailto:joe@x.com", "/rel/path?x"} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q %q %q %q | %s | %s | %s\n", u.Path, u.RawPath, u.Opaque, u.Fragment,
			u.String(), u.RequestURI(), u.EscapedPath())
	}
	u := &url.URL{Scheme: "https", Host: "h", Path: "/a b/c?d", RawQuery: "x=1"}
	fmt.Println(u)
	fmt.Println(url.PathEscape("a/b c"), url.QueryEscape("a/b c&d=\u00e9"))
}
