// Checks: re-panicking with the same error value also prints [recovered, repanicked].
package main

import "errors"

var ErrBoom = errors.New("boom error")

func main() {
	defer func() {
		r := recover()
		panic(r)
	}()
	panic(ErrBoom)
}
