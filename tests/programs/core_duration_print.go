// Checks: time.Duration printing and arithmetic.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500*time.Millisecond, 90*time.Second, 2*time.Hour+3*time.Minute)
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Nanosecond, 2*time.Microsecond)
	fmt.Println(-3*time.Second, time.Duration(1234567890))
	d := 250 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), int64(d))
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Println(time.Duration(3661) * time.Second)
	p, err := time.ParseDuration("1h30m")
	fmt.Println(p, err, p.Minutes())
	fmt.Println((1500 * time.Millisecond).Round(time.Second), (1499 * time.Millisecond).Truncate(time.Second))
}
