// Checks: a *strconv.NumError with a nil Err: its Error method panics and fmt reports it;
// a nil *strconv.NumError prints <nil>.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ne := &strconv.NumError{Func: "Atoi", Num: "x"}
	fmt.Println(ne)
	var nilne *strconv.NumError
	fmt.Println(nilne)
	fmt.Println("after")
}
