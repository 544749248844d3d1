// Checks: fmt width, precision and flag forms people use in tables and logs.
package main

import "fmt"

type pt struct {
	X, Y int
}

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%.0f]\n", 3.14159, 2.5, -1.5, 2.5)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%q]\n", "go", "defer", "shutdown", "a\"b")
	fmt.Printf("[%x] [%X] [%08b] [%o] [%#x]\n", 255, 255, 5, 8, 255)
	fmt.Printf("[%v] [%+v] [%#v] [%T]\n", pt{1, 2}, pt{1, 2}, pt{1, 2}, pt{1, 2})
	fmt.Printf("[%v] [%d] [%s]\n", []int{1, 2}, []int{3, 4}, []string{"a", "b"})
	fmt.Printf("[%6.2f%%] [%c] [%U] [%t]\n", 99.5, 'G', 'G', false)
	fmt.Printf("[%*d] [%-*d]\n", 4, 7, 4, 7)
	fmt.Println(fmt.Sprintf("%3d|%-3d|", 1, 2), fmt.Sprint("a", 1, 2, "b"), fmt.Sprintln("x", 3))
}
