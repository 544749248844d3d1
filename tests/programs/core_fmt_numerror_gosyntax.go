package main

import (
	"fmt"
	"strconv"
	"strings"
)

// %#v of a *strconv.NumError the program never names shows its fields.
func main() {
	_, err := strconv.Atoi("12x")
	s := fmt.Sprintf("%#v", err)
	if i := strings.Index(s, " Err:"); i >= 0 {
		s = s[:i]
	}
	fmt.Println(s)
	fmt.Printf("%+v\n", err)
}
