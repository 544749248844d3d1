// Checks: struct embedding promotes fields and methods; the outer method shadows the inner one.
package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Kind() string  { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Name, d.Speak(), d.Kind(), d.Animal.Speak())
	fmt.Printf("%+v\n", d)
}
