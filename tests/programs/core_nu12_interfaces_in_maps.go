// Checks: interface values in maps, pointer-receiver methods satisfying interfaces, sorting keys.
package main

import (
	"fmt"
	"sort"
)

type Stopper interface {
	Stop() string
}

type server struct {
	name    string
	stopped bool
}

func (s *server) Stop() string {
	if s.stopped {
		return s.name + ": already stopped"
	}
	s.stopped = true
	return s.name + ": stopped"
}

type noop struct{}

func (noop) Stop() string { return "noop" }

func main() {
	reg := map[string]Stopper{"api": &server{name: "api"}, "admin": &server{name: "admin"}, "x": noop{}}
	keys := make([]string, 0, len(reg))
	for k := range reg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(reg[k].Stop())
	}
	fmt.Println(reg["api"].Stop())
	if s, ok := reg["api"].(*server); ok {
		fmt.Println("is *server:", s.name, s.stopped)
	}
	_, isNoop := reg["admin"].(noop)
	fmt.Println("admin is noop:", isNoop, len(reg))
	delete(reg, "x")
	var missing Stopper = reg["x"]
	fmt.Println(missing == nil)
}
