// Checks: multi-%w wrapping, custom Is/As/Unwrap methods, error chains printed.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrTimeout = errors.New("timeout")

type opError struct {
	Op  string
	Err error
}

func (e *opError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *opError) Unwrap() error { return e.Err }

type tempErr struct{}

func (tempErr) Error() string            { return "temporary" }
func (tempErr) Is(target error) bool     { return target == ErrTimeout }

func main() {
	base := &opError{"read", ErrTimeout}
	wrapped := fmt.Errorf("shutdown: %w", base)
	both := fmt.Errorf("flush: %w; close: %w", wrapped, os.ErrClosed)
	fmt.Println(both)
	fmt.Println(errors.Is(both, ErrTimeout), errors.Is(both, os.ErrClosed), errors.Is(both, os.ErrNotExist))
	var oe *opError
	fmt.Println(errors.As(both, &oe), oe.Op)
	fmt.Println(errors.Is(tempErr{}, ErrTimeout), errors.Unwrap(wrapped) == base, errors.Unwrap(both))
	fmt.Printf("%v | %s | %q\n", base, base, base)
	var nilErr error
	fmt.Println(errors.Is(nilErr, nil), fmt.Errorf("no wrap: %v", ErrTimeout), errors.Unwrap(fmt.Errorf("x: %v", ErrTimeout)))
}
