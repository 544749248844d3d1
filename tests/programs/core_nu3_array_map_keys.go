// Checks: arrays and structs holding arrays as map keys compare by value.
package main

import "fmt"

type cell [2]int

type move struct {
	from, to cell
}

func main() {
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	k := [2]int{1, 2}
	fmt.Println(seen[k], seen[[2]int{2, 1}], len(seen))
	k[0] = 9 // the map keeps its own copy of the key
	for key := range seen {
		fmt.Println("key", key)
	}
	grid := map[cell]string{{0, 0}: "origin", {1, 0}: "east"}
	grid[cell{0, 1}] = "north"
	delete(grid, cell{1, 0})
	v, ok := grid[cell{1, 0}]
	fmt.Printf("%q %v %d\n", v, ok, len(grid))
	fmt.Println(grid)
	moves := map[move]int{}
	moves[move{cell{0, 0}, cell{0, 1}}]++
	moves[move{cell{0, 0}, cell{0, 1}}]++
	moves[move{cell{0, 1}, cell{0, 0}}]++
	fmt.Println(len(moves), moves[move{cell{0, 0}, cell{0, 1}}])
	var anyKeys = map[any]int{[2]int{1, 1}: 1}
	anyKeys[[2]int{1, 1}]++
	fmt.Println(len(anyKeys), anyKeys[[2]int{1, 1}])
}
