// Checks: a deferred method value binds its receiver when the defer statement runs.
package main

import "fmt"

type logger struct{ prefix string }

func (l logger) Print(msg string)   { fmt.Println(l.prefix + msg) }
func (l *logger) PPrint(msg string) { fmt.Println(l.prefix + msg) }

func main() {
	l := logger{"[v1] "}
	defer l.Print("value receiver bound early")
	defer l.PPrint("pointer receiver sees later changes")
	p := &l
	defer p.Print("through pointer, value method: copy now")
	var fs []func(string)
	fs = append(fs, l.Print)
	l.prefix = "[v2] "
	for _, f := range fs {
		f("method value stored in a slice")
	}
}
