// Checks: iota patterns: skipping, expressions, bit flags and typed Stringer constants.
package main

import "fmt"

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	_
	FlagExec
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

type Phase int

const (
	Running Phase = iota + 1
	Draining
	Stopped
)

func (p Phase) String() string {
	return [...]string{"?", "running", "draining", "stopped"}[p]
}

func main() {
	f := FlagRead | FlagExec
	fmt.Println(FlagRead, FlagWrite, FlagExec, f, f&FlagWrite != 0, f&^FlagRead)
	fmt.Println(KB, MB, GB)
	fmt.Println(Running, Draining, Stopped, Phase(0))
	fmt.Printf("%v %d %s\n", Draining, Draining, Stopped)
}
