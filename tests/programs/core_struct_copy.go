// Checks: struct assignment copies fields; pointer fields and slices still share data; struct equality.
package main

import "fmt"

type Inner struct{ N int }

type Config struct {
	Name  string
	Ports []int
	In    Inner
	Ptr   *Inner
}

func main() {
	orig := Config{Name: "a", Ports: []int{80}, In: Inner{1}, Ptr: &Inner{1}}
	cp := orig
	cp.Name = "b"
	cp.In.N = 2
	cp.Ptr.N = 3
	cp.Ports[0] = 8080
	fmt.Println(orig.Name, orig.In.N, orig.Ptr.N, orig.Ports)
	fmt.Println(cp.Name, cp.In.N, cp.Ptr.N, cp.Ports)
	fmt.Println(Inner{1} == Inner{1}, Inner{1} == Inner{2})
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%+v\n", anon)
	pp := &orig
	pp.Name = "via pointer"
	fmt.Println(orig.Name)
}
