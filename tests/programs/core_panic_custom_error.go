// Checks: panic with a custom error type (pointer receiver) prints its Error() text.
package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr code=%d", e.Code) }

func main() {
	panic(&MyErr{42})
}
