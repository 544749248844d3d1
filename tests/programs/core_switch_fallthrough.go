// Checks: switch with no condition, multiple values, fallthrough, init statement, no implicit fallthrough.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "F"
	}
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10))
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		case 1:
			fmt.Print("one-or-fell ")
		case 2, 3:
			fmt.Print("two-or-three ")
		}
		fmt.Println()
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell into >100")
	case x > 1:
		fmt.Println("not reached")
	}
}
