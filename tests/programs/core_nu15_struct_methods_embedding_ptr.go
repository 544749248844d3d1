// Checks: embedded pointer structs, method promotion through pointers, shadowed fields.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Base struct {
	*Logger
	Name string
}

type Service struct {
	Base
	Name  string
	ports []int
}

func (s *Service) Start() {
	s.Logf("starting %s (base %s) on %v", s.Name, s.Base.Name, s.ports)
}

func main() {
	lg := &Logger{prefix: "[svc] "}
	s := Service{Base: Base{Logger: lg, Name: "base"}, Name: "api", ports: []int{80, 443}}
	s.Start()
	s.Logf("%d ports", len(s.ports))
	s2 := s
	s2.Name = "copy"
	s2.Start()
	fmt.Println(len(lg.lines))
	for _, l := range lg.lines {
		fmt.Println(l)
	}
	fmt.Println(s.Logger == s2.Logger, s.prefix)
}
