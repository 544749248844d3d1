// Checks: package variables are initialised, then init functions run in order, then main.
package main

import "fmt"

var a = initA()

func initA() int {
	fmt.Println("var a initialised")
	return 1
}

func init() { fmt.Println("init 1, a =", a) }
func init() { fmt.Println("init 2") }

func main() { fmt.Println("main") }
