// Checks: panic with a named string type prints main.MyString("hello").
package main

type MyString string

func main() {
	panic(MyString("hello"))
}
