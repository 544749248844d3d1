// Checks: integer division truncates toward zero; % keeps the dividend's sign; shifts.
package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	fmt.Println(1<<10, 1024>>3, -8>>1)
	x := 10
	x /= 3
	fmt.Println(x, 10.0/4, float64(7)/2)
	var u uint8 = 1
	fmt.Println(u<<7, u<<8)
}
