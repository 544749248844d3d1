// Checks: os.Stdout.WriteString and os.Stderr.WriteString write directly, unbuffered.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("via WriteString\n")
	os.Stderr.WriteString("stderr via WriteString\n")
	n, err := os.Stdout.Write([]byte("bytes\n"))
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, "fprint", 1, "\n")
}
