package main

import (
	"bufio"
	"fmt"
	"os"
)

// Without Flush the buffered text never reaches stdout; only what overflows the buffer does.
func main() {
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "%s|", "0123456789")
	fmt.Println("direct")
	w.WriteString("abcdefghij") // overflows: the first 16 bytes are written
	fmt.Println()
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.WriteString("this is never flushed")
}
