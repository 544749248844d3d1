// Checks: os.Exit(256) is seen by the shell as status 0 (only the low 8 bits count).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exit 256")
	os.Exit(256)
}
