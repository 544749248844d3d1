// Checks: fmt.Errorf with %w wraps; errors.Is, errors.As, errors.Unwrap follow the chain.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryError{Query: q, Err: ErrNotFound}
}

func main() {
	err := fmt.Errorf("handler: %w", find("users"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)
	fmt.Println(errors.Unwrap(err) == error(qe))
	fmt.Println(errors.Unwrap(errors.Unwrap(errors.Unwrap(err))))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	multi := fmt.Errorf("a: %w, b: %w", ErrNotFound, errors.New("other"))
	fmt.Println(multi, errors.Is(multi, ErrNotFound))
	joined := errors.Join(errors.New("x"), errors.New("y"))
	fmt.Printf("%q\n", joined.Error())
	fmt.Printf("%T %T\n", err, plain)
}
