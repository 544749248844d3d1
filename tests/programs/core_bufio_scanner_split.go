package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	input := "first line\r\nsecond  line\n\n  last\tline without newline"
	sc := bufio.NewScanner(strings.NewReader(input))
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	ws := bufio.NewScanner(strings.NewReader(input + " \u00a0 日本\u3000語 "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Printf("[%s]", ws.Text())
	}
	fmt.Println(n)

	rs := bufio.NewScanner(strings.NewReader("aé\xff世"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q %v ", rs.Text(), rs.Bytes())
	}
	fmt.Println()

	bs := bufio.NewScanner(strings.NewReader("xyz"))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()

	// a program's own split function: comma-separated fields, the last one final
	cs := bufio.NewScanner(strings.NewReader("a,bb,,ccc"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i, c := range data {
			if c == ',' {
				return i + 1, data[:i], nil
			}
		}
		if atEOF && len(data) > 0 {
			return len(data), data, bufio.ErrFinalToken
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("%q ", cs.Text())
	}
	fmt.Println(cs.Err())

	in := bufio.NewScanner(os.Stdin)
	fmt.Println(in.Scan(), in.Err(), in.Text() == "")
	adv, tok, err := bufio.ScanLines([]byte("ab\ncd"), false)
	fmt.Println(adv, string(tok), err)
}
