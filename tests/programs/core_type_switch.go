// Checks: type switches including nil, multiple types per case and the default case.
package main

import (
	"errors"
	"fmt"
)

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for _, v := range []any{nil, 1, int64(2), "hey", errors.New("bad"), []int{1, 2}, 2.5, struct{}{}} {
		fmt.Println(describe(v))
	}
}
