package main

import "fmt"

type P struct{ X int }

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 0 {
			arr[1] = 50
		}
		fmt.Println(i, v)
	}
	var np *[2]int
	for i := range np {
		fmt.Println("index only on nil pointer:", i)
	}
	ps := [2]P{{1}, {2}}
	for i, p := range &ps {
		ps[1].X = 9
		p.X++
		fmt.Println(i, p.X, ps[i].X)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	for i, v := range np {
		fmt.Println(i, v)
	}
}
