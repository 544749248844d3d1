// Checks: time.ParseDuration follows Go's format.go exactly: fractions truncate, overflow past
// int64 is an error, units are case-sensitive, blanks are errors; and the error's type.
package main

import (
	"fmt"
	"time"
)

func main() {
	config := []string{
		"1.5s", "1.9ns", ".5s", "1.s", "-1.5h", "+2h45m30.5s", "0", "-0", "1µs", "1μs", "1us",
		"0.333333333333333333h", "123456789.123456789s", "1.00000000000000000000000000001h",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562048h",
		"2562047h47m16.854775807s", "5", "5m3", "1e3s", "3m-2s", "1.5.5s", "1S", "1d",
		" 1s", "1s ", "", "+", ".s", "-.5h", "1m1m1m", "5\xffs",
	}
	for _, s := range config {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-36q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-36q %v (%d)\n", s, d, int64(d))
	}
	_, err := time.ParseDuration("10 seconds")
	fmt.Printf("%T\n%v\n", err, err)
	d, _ := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(d.Round(time.Millisecond), d.Truncate(time.Second), d.Minutes())
}
