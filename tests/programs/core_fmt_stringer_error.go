// Checks: fmt uses Error() before String() and both for %v and %s, not for %d.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	fmt.Println(Temp(21.5), []Temp{1, 2})
	fmt.Println(Both{})
	fmt.Printf("%v %s %d\n", Code(7), Code(7), Code(7))
	fmt.Printf("%v|%s|%q\n", errors.New("e1"), errors.New("e2"), errors.New("e3"))
	p := &Both{}
	fmt.Println(p)
}
