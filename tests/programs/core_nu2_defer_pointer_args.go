// Checks: deferred calls see pointers evaluated at defer time and values through them at run time.
package main

import "fmt"

type acct struct{ bal int }

func show(label string, p *int, v int) {
	fmt.Println(label, *p, v)
}

func main() {
	x := 1
	defer show("first", &x, x)
	x = 2
	a := &acct{bal: 10}
	defer func(b int) { fmt.Println("closure", a.bal, b) }(a.bal)
	a.bal = 20
	p := &x
	*p = 3
	defer show("second", p, *p)
	x = 4
}
