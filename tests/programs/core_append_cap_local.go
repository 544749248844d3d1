// Checks: a slice that never leaves its function starts in a 32-byte stack buffer (the first
// append gives cap 32/elemsize, once per call); one that leaves at a single return or range
// grows in it one size class at a time; a slice printed with fmt grows on the heap.
package main

import "fmt"

func squares(n int) []int {
	var out []int
	for i := 1; i <= n; i++ {
		out = append(out, i*i)
	}
	return out
}

func main() {
	var local []int
	var printed []int
	for i := 0; i < 5; i++ {
		local = append(local, i)
		printed = append(printed, i)
		fmt.Println(len(local), cap(local), cap(printed))
	}
	fmt.Println(printed)

	var letters []byte
	letters = append(letters, 'g', 'o')
	var flags []bool
	flags = append(flags, true)
	var big []string
	big = append(big, "a", "b", "c")
	fmt.Println(cap(letters), cap(flags), cap(big))

	var ranged []float64
	for i := 0; i < 5; i++ {
		ranged = append(ranged, float64(i)/2)
		fmt.Print(cap(ranged), " ")
	}
	sum := 0.0
	for _, v := range ranged {
		sum += v
	}
	fmt.Println(sum)

	sq := squares(3)
	fmt.Println(sq, len(sq), cap(sq))

	for round := 0; round < 3; round++ {
		var row []int32
		row = append(row, int32(round))
		fmt.Print(cap(row), " ")
	}
	fmt.Println()
}
