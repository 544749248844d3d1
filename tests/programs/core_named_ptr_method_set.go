// Checks: a set as a named map with pointer methods (Init makes the map), and a float named type.
package main

import (
	"fmt"
	"sort"
)

type Set map[string]struct{}

func (s *Set) Init()            { *s = make(Set) }
func (s *Set) Add(k string)     { (*s)[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s *Set) Clear()           { *s = nil }

type Celsius float64

func (c *Celsius) Set(f float64) { *c = Celsius((f - 32) * 5 / 9) }
func (c Celsius) F() float64     { return float64(c)*9/5 + 32 }

func main() {
	var s Set
	s.Init()
	s.Add("b")
	s.Add("a")
	s.Add("b")
	keys := []string{}
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(s), s.Has("a"), s.Has("z"))
	s.Clear()
	fmt.Println(s == nil, len(s))

	var t Celsius
	t.Set(212)
	fmt.Println(t, t.F())
	temps := []Celsius{0, 0}
	temps[1].Set(32)
	temps[0].Set(-40)
	fmt.Println(temps)
}
