// Checks: bytes print as numbers, runes as code points; %c and string() show characters.
package main

import "fmt"

func main() {
	var b byte = 'A'
	r := 'é'
	fmt.Println(b, r)
	fmt.Printf("%c %c %v %q %T %T\n", b, r, r, r, b, r)
	s := "héllo"
	fmt.Println(len(s), []byte("hi"), []rune("hé"))
	fmt.Println(string(r), string([]byte{72, 105}), string(rune(65)))
	fmt.Println(s[1], s[0:1])
}
