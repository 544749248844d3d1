// Checks: shadowing in if/else chains and closures, := redeclaration with a new variable.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	if n, err := strconv.Atoi(s + "0"); err == nil && n > 100 {
		return n, nil
	}
	return n, nil
}

func main() {
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	v, err := parse("7")
	fmt.Println(v, err)
	w, err := parse("42")
	fmt.Println(w, err)
	_, err = parse("x")
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	if y := x * 10; y > 5 {
		fmt.Println("y", y)
	} else if z := y + 1; z > 0 {
		fmt.Println("z", z)
	}
	f := func() int { x := 100; return x }
	fmt.Println(f(), x)
}
