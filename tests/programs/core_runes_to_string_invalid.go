package main

import "fmt"

func main() {
	fmt.Println(string([]rune{-1, 65}))
	fmt.Println([]byte(string([]rune{0xD800, 65, 0xDFFF, 0x110000, 0x10FFFF})))
	fmt.Println(len(string([]rune{-5, 0xDC80})))
	r := rune(-1)
	fmt.Println(string(r), []byte(string(rune(0xDC80))))
	fmt.Println(string(rune(-1)) == "\uFFFD", []byte(string(rune(0xD800))))
	var rs []rune
	fmt.Println(string(rs) == "")
}
