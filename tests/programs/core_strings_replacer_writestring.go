package main

import (
	"fmt"
	"os"
	"strings"
)

type pieces struct{ got []string }

func (p *pieces) Write(b []byte) (int, error) {
	p.got = append(p.got, string(b))
	return len(b), nil
}

// Replacer.WriteString writes the replaced text in the pieces Go's replacer algorithms make.
func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	n, err := r.WriteString(os.Stdout, "<b>bold</b>\n")
	fmt.Println(n, err)
	for _, rep := range []*strings.Replacer{
		strings.NewReplacer("a", "1", "b", "2"),
		strings.NewReplacer("a", "11", "b", ""),
		strings.NewReplacer("ab", "X"),
		strings.NewReplacer("ab", "X", "c", "Y"),
		strings.NewReplacer("", "-"),
		strings.NewReplacer(),
	} {
		p := &pieces{}
		n, err := rep.WriteString(p, "abcab")
		fmt.Printf("%d %v %q %q\n", n, err, p.got, rep.Replace("abcab"))
	}
	fmt.Printf("%q\n", strings.NewReplacer("", "|").Replace("héllo"))
}
