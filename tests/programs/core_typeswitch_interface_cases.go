package main

import (
	"errors"
	"fmt"
)

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("int-ish %T %v", x, x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case error:
		return "error " + x.Error()
	case []int, map[string]int:
		return fmt.Sprintf("container %v", x)
	case func():
		return "func"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var e error
	var p *int
	for _, v := range []any{nil, 1, int64(2), MyInt(3), errors.New("e"), []int{1}, map[string]int{"z": 1, "a": 2}, func() {}, 3.5, e, p, struct{}{}} {
		fmt.Println(describe(v))
	}
}
