package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	sc := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println("err:", sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc2 := bufio.NewScanner(strings.NewReader("0123456789 abc\n" + long + "\n"))
	sc2.Buffer(make([]byte, 4), 100000)
	for sc2.Scan() {
		fmt.Println(len(sc2.Text()))
	}
	fmt.Println("err:", sc2.Err())

	sc3 := bufio.NewScanner(strings.NewReader("a b"))
	sc3.Scan()
	defer func() { fmt.Println("recovered:", recover()) }()
	sc3.Split(bufio.ScanWords)
}
