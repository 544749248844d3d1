package main

import (
	"fmt"
	"math/rand"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	r := rand.New(rand.NewSource(1))
	fmt.Println(r.Intn(3))
	fmt.Println(r.Intn(0))
}
