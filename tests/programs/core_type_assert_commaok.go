// Checks: comma-ok type assertions never panic; assertion to an interface type.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var v any = 3
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	var r io.Reader = strings.NewReader("x")
	_, isWriter := r.(io.Writer)
	_, isReader := r.(io.Reader)
	fmt.Println(isWriter, isReader)
	var w io.Writer = os.Stdout
	f, ok := w.(*os.File)
	fmt.Println(f == os.Stdout, ok)
	var none any
	_, ok = none.(int)
	fmt.Println(ok)
}
