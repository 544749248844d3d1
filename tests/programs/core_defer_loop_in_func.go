// Checks: defers belong to the function, not the loop block; each call's defers run when it returns.
package main

import "fmt"

func work(id int) {
	defer fmt.Println("cleanup", id)
	fmt.Println("work", id)
}

func main() {
	for i := 1; i <= 3; i++ {
		work(i)
	}
	fmt.Println("done")
}
