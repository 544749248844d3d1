// Checks: a nil *T in an error interface is not == nil (the classic shutdown-error bug).
package main

import (
	"errors"
	"fmt"
)

type closeError struct{ msg string }

func (e *closeError) Error() string {
	if e == nil {
		return "<nil closeError>"
	}
	return e.msg
}

func closeAll(fail bool) error {
	var err *closeError
	if fail {
		err = &closeError{"close failed"}
	}
	return err
}

func closeAllFixed(fail bool) error {
	if fail {
		return &closeError{"close failed"}
	}
	return nil
}

func main() {
	err := closeAll(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%v %T\n", err, err)
	var ce *closeError
	fmt.Println(errors.As(err, &ce), ce == nil)
	fmt.Println(closeAllFixed(false) == nil, closeAllFixed(true))
	var i any = (*int)(nil)
	fmt.Println(i == nil, i != nil)
}
