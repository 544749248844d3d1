// Checks: url.Parse splits user:pass@ off the host into URL.User (a *url.Userinfo whose methods
// accept a nil receiver); Hostname, Port, String and Redacted see it as Go does.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("postgres://user:p%40ss@host.com:5432/path")
	fmt.Println(u.Host, u.Hostname(), u.Port(), err)
	pw, ok := u.User.Password()
	fmt.Println(u.User, u.User.Username(), pw, ok, u.String(), u.Redacted())
	v, _ := url.Parse("http://h/x")
	p, ok := v.User.Password()
	fmt.Printf("%q %q %q %v\n", v.User.Username(), v.User.String(), p, ok)
	var ui *url.Userinfo
	fmt.Printf("%v|%s|\n", ui, ui)
	fmt.Println(url.UserPassword("a b", "c@d"), url.User("x"))
	w := &url.URL{Scheme: "https", Host: "h", Path: "/p", User: url.UserPassword("me", "secret")}
	fmt.Println(w, w.Redacted())
}
