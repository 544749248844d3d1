// Checks: untyped float constants combined with typed integer constants take the typed type when
// their value is an integer (1e3 * time.Microsecond is 1ms); results keep the typed type.
package main

import (
	"fmt"
	"time"
)

type Celsius float64

type Level int16

const (
	pollEvery        = 1e3 * time.Microsecond
	timeout          = 2.5 * 1000 * time.Millisecond
	grace            = time.Second * 1.0
	tick             = time.Minute / 1e3
	twice            = 2.0 * pollEvery
	half             = timeout / 2.0
	shifted          = 1.0 << 3 * time.Millisecond
	sum              = time.Nanosecond + (0.1 + 0.9)
	boil             = Celsius(100)
	fahrenheit       = boil*1.8 + 32
	third            = boil / 3
	loud       Level = 1e3
	louder           = loud * 2.0
	rune2            = 'a' + 1.0
	bigFloat         = 1 << 10 * 1.5
	exactFrac        = 0.1 + 0.2
)

func main() {
	fmt.Println(pollEvery, timeout, grace, tick)
	fmt.Println(twice, half, shifted, sum)
	fmt.Printf("%T %v %T %v\n", twice, twice, shifted, shifted)
	fmt.Println(fahrenheit, third)
	fmt.Printf("%T %v %v\n", louder, loud, louder)
	fmt.Printf("%T %v %T %v\n", rune2, rune2, bigFloat, bigFloat)
	fmt.Println(exactFrac == 0.3, exactFrac)
	d := 3 * time.Second
	fmt.Println(d*1e3/1e3, d/2.0, d+1e9)
	var ms int64 = 1.5e3
	fmt.Println(ms, time.Duration(ms)*time.Millisecond)
}
