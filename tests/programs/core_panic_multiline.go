// Checks: a panic string containing newlines has its following lines tab-indented.
package main

func main() {
	panic("line one\nline two\nline three")
}
