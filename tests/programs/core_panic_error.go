// Checks: panic with an errors.New value prints the Error() text.
package main

import "errors"

func main() {
	panic(errors.New("boom"))
}
