// Checks: panic with a wrapped error prints the wrapping Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	inner := errors.New("inner")
	panic(fmt.Errorf("wrapped: %w", inner))
}
