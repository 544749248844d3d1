// Checks: interface values are equal only when their dynamic types match (1, 1.0, true and
// int64(1) are four map keys); a slice, map or func as an interface key panics.
package main

import "fmt"

type ID int

func describe(v any) string {
	switch v {
	case 1:
		return "int one"
	case 1.0:
		return "float one"
	case true:
		return "true"
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	seen := map[any]string{1: "int", 1.0: "float64", true: "bool", int64(1): "int64", "1": "string"}
	seen[ID(1)] = "ID"
	seen[nil] = "nil"
	fmt.Println(len(seen), seen[1], seen[1.0], seen[true], seen[int64(1)], seen[ID(1)], seen[nil])
	delete(seen, 1.0)
	_, ok := seen[1.0]
	fmt.Println(len(seen), ok, seen[1])

	var a, b, c any = 1, 1.0, ID(1)
	fmt.Println(a == b, a == c, a == any(1), c == any(ID(1)))
	fmt.Println(describe(1), describe(1.0), describe(true), describe(uint8(1)))

	counts := make(map[any]int)
	for _, k := range []any{1, 1.0, 1, "a", 'a', 1.0} {
		counts[k]++
	}
	fmt.Println(len(counts), counts[1], counts[1.0], counts['a'])

	empty := map[any]int{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty[[]int{1}])
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		counts[map[string]int{}] = 1
	}()
	counts[[]string{"x"}] = 2
	fmt.Println("not reached")
}
