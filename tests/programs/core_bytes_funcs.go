package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

// The bytes package functions: results, nil-ness, lengths and capacities as in Go.
func main() {
	s := []byte("  a,b,,c  ")
	fmt.Println(bytes.IndexByte(s, ','), bytes.Index(s, []byte(",,")), bytes.LastIndex(s, []byte(",")), bytes.LastIndex(s, nil))
	fmt.Println(bytes.HasPrefix(s, []byte("  a")), bytes.HasSuffix(s, []byte("x")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}))
	parts := bytes.Split(s, []byte(","))
	for _, p := range parts {
		show("split", p)
	}
	parts[0] = append(parts[0], 'X')
	show("after append", s)
	show("splitn", bytes.Join(bytes.SplitN([]byte("a-b-c-d"), []byte("-"), 2), []byte("+")))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a-b-c"), []byte("-")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.SplitN([]byte("héllo"), []byte(""), 3))
	fmt.Printf("%q %d\n", bytes.Split(nil, []byte(",")), len(bytes.Split(nil, []byte(","))))
	f := bytes.Fields([]byte("  foo bar\tbaz\n "))
	for _, x := range f {
		show("field", x)
	}
	fmt.Printf("%q\n", bytes.Fields([]byte(" é\u00a0ü x")))
	show("fields-empty", nil)
	fmt.Println(len(bytes.Fields([]byte("   "))), bytes.Fields(nil) == nil)
	show("trimspace", bytes.TrimSpace([]byte("  hi there \n")))
	show("trimspace-all", bytes.TrimSpace([]byte(" \t ")))
	show("trimspace-u", bytes.TrimSpace([]byte("\u00a0 hé \u2003")))
	show("trim", bytes.Trim([]byte("xxhixx"), "x"))
	show("trim-all", bytes.Trim([]byte("xxxx"), "x"))
	show("trim-uni", bytes.Trim([]byte("¡¡hola!!"), "!¡"))
	show("trimleft", bytes.TrimLeft([]byte("aab"), "a"))
	show("trimright-all", bytes.TrimRight([]byte("aa"), "a"))
	show("trimprefix", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))
	show("trimsuffix", bytes.TrimSuffix([]byte("x.go"), []byte(".go")))
	show("trimfunc", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	show("upper", bytes.ToUpper([]byte("hello")))
	show("upper-same", bytes.ToUpper([]byte("HELLO")))
	show("upper-u", bytes.ToUpper([]byte("héllo ß")))
	show("lower", bytes.ToLower([]byte("HÉLLO World")))
	show("join", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	show("join1", bytes.Join([][]byte{[]byte("solo")}, []byte(", ")))
	show("join0", bytes.Join(nil, []byte(", ")))
	show("repeat", bytes.Repeat([]byte("ab"), 3))
	show("repeat0", bytes.Repeat([]byte("ab"), 0))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("héllo"), nil))
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyz"), bytes.ContainsAny([]byte("hello"), "ol"), bytes.ContainsRune([]byte("héllo"), 'é'))
	fmt.Println(bytes.IndexAny([]byte("golang"), "ny"), bytes.LastIndexAny([]byte("golang"), "go"), bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("Straße"), []byte("STRASSE")))
	show("replace", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	show("replace-none", bytes.Replace([]byte("abc"), []byte("x"), []byte("y"), -1))
	show("replace-empty", bytes.Replace([]byte("abc"), []byte(""), []byte("-"), -1))
	show("replace-nil", bytes.Replace(nil, []byte("x"), []byte("y"), -1))
	show("replaceall", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("::")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	show("before", before)
	show("after", after)
	fmt.Println(found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	show("before", before)
	show("after", after)
	fmt.Println(found)
	show("clone", bytes.Clone([]byte("abc")))
	show("clone-nil", bytes.Clone(nil))
	fmt.Println(bytes.Runes([]byte("hé\xff")))
	show("map", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'å'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, []byte("banana x")))
	show("valid", bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3"), []byte("\uFFFD")))
	after2, ok := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	fmt.Printf("%q %v\n", after2, ok)
	fmt.Println(bytes.IndexFunc([]byte("Hello, 世界"), func(r rune) bool { return r > 127 }))
}
