// Checks: append leaves zeroed spare room up to cap: reslicing past len shows zeros (fresh
// zero structs too), writes into the spare room work and are shared with a later append.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	var nums []int
	for i := 1; i <= 3; i++ {
		nums = append(nums, i*10)
	}
	full := nums[:cap(nums)]
	fmt.Println(nums, full, len(full), cap(full))

	full[3] = 99 // the spare slot belongs to the same backing array
	more := append(nums, 40)
	fmt.Println(full, more, full[3])

	pts := []Point{{1, 2}, {3, 4}, {5, 6}, {7, 8}}
	pts = append(pts, Point{9, 9})
	all := pts[:cap(pts)]
	all[5].X = 7 // only this spare struct changes: each zero struct is its own value
	fmt.Println(all[4:], len(all))

	var names []string
	names = append(names, "go", "py")
	names = append(names, "rs")
	spare := names[len(names):cap(names)]
	fmt.Printf("%d %q\n", len(spare), spare)

	words := make([]string, 0, 2)
	words = append(words, "a")
	w2 := words[:2]
	w2[1] = "b"
	words = append(words, "c") // overwrites w2[1]: same array
	fmt.Println(w2, words)

	s := nums[1:2]
	s = s[:cap(s)]
	fmt.Println(s, len(s))
}
