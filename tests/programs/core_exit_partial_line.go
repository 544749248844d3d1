// Checks: output written without a newline before os.Exit is not lost (stdout is unbuffered).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Print("partial line without newline")
	os.Exit(1)
}
