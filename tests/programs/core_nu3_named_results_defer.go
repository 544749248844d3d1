// Checks: deferred closures rewrite named results, also on the panic path with recover.
package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func withCleanup() (result string, err error) {
	defer func() {
		if cerr := errors.New("cleanup failed"); err == nil {
			err = cerr
		}
	}()
	defer func() { result += "+deferred" }()
	return "body", nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 1
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(withCleanup())
	fmt.Println(counter())
}
