// Checks: strconv conversions and their error texts.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45) + "!")
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err)
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f * 2)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	fmt.Println(strconv.FormatFloat(1.25, 'f', 1, 64), strconv.FormatBool(false))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
}
