// Checks: panic with a formatted string value; exit status 2.
package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(fmt.Sprintf("boom %d", 7))
}
