// %T and %#v of byte/rune-typed values say uint8/int32 even though go build's messages keep
// the alias names (the simulator's types carry the spelling for messages only).
package main

import "fmt"

type B byte

func main() {
	var b byte = 'x'
	r := 'y'
	bs := []byte("hi")
	rs := []rune("hé")
	m := map[byte]rune{1: 'a'}
	var i interface{} = b
	_, isU8 := i.(uint8)
	var j any = r
	_, isI32 := j.(int32)
	fmt.Printf("%T %T %T %T %T %T\n", b, r, bs, rs, m, B(1))
	fmt.Printf("%#v %#v %v %v\n", bs, rs, isU8, isI32)
	var e interface{ Inc() }
	fmt.Printf("%T %v\n", e, e == nil)
	var x interface{} = struct{ A []byte }{}
	fmt.Printf("%T\n", x)
}
