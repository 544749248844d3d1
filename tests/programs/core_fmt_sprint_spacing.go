// Checks: Sprint adds spaces only between non-string operands; Sprintln always; Sprintf builds strings.
package main

import (
	"fmt"
	"os"
)

func main() {
	a := fmt.Sprint("a", 1, 2, "b", "c", 3.5, true)
	b := fmt.Sprintln("a", 1, 2, "b")
	c := fmt.Sprintf("%s=%d", "n", 3)
	fmt.Print(a, "\n")
	fmt.Print(b)
	fmt.Println(c, len(c))
	fmt.Print(1, 2, "\n")
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%v|%v\n", []int{1}, struct{}{})
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
