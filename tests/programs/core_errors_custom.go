// Checks: errors.New identity, sentinel comparison, errors.As with a value-receiver error type.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

func validate(name string) error {
	if name == "" {
		return ValidationError{"name"}
	}
	return nil
}

func main() {
	e1, e2 := errors.New("same"), errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	err := fmt.Errorf("save failed: %w", validate(""))
	var ve ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field)
	}
	fmt.Println(err)
	fmt.Println(validate("bob") == nil)
	fmt.Println(errors.Is(nil, e1), errors.Is(e1, e1))
}
