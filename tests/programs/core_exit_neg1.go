// Checks: os.Exit(-1) is seen as status 255.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never")
	fmt.Println("exit -1")
	os.Exit(-1)
}
