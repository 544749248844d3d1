// Checks: sync.OnceFunc, OnceValue and OnceValues compute once and return cached results.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
	calls := 0
	get := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(get(), get(), calls)
	load := sync.OnceValues(func() (string, error) {
		return "", errors.New("config missing")
	})
	v, err := load()
	fmt.Printf("%q %v\n", v, err)
	_, err2 := load()
	fmt.Println(err == err2)
	boom := sync.OnceFunc(func() { panic("once panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("call", i, "recovered:", recover()) }()
			boom()
		}()
	}
}
