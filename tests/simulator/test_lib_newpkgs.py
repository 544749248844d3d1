"""math/rand, math/rand/v2, container/list, hash/fnv and bufio: what the recorded programs
(tests/programs/core_rand_*, core_list_*, core_fnv_*, core_bufio_*) cannot show.

The top-level rand functions are randomly seeded in Go, so no output of theirs can be recorded:
here their results are checked for range and shape, and for coming from the run's --seed.
Compile errors are go build's first line (copied from go1.27 output)."""
from __future__ import annotations

import pytest

from simulator import RunConfig, simulate
from simulator.lib import bufiopkg, fnvpkg, randpkg, randv2pkg
from simulator.values import GoSlice

TOP_LEVEL = """package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	p := rand.Perm(10)
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(p)
	fmt.Println(s)
	sort.Ints(p)
	sort.Ints(s)
	fmt.Println(p)
	fmt.Println(s)
	for i := 0; i < 200; i++ {
		if n := rand.Intn(7); n < 0 || n >= 7 {
			fmt.Println("Intn out of range", n)
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			fmt.Println("Float64 out of range", f)
		}
		if n := rand.Int63n(1000); n < 0 || n >= 1000 {
			fmt.Println("Int63n out of range", n)
		}
		if n := rand.Int31n(3); n < 0 || n >= 3 {
			fmt.Println("Int31n out of range", n)
		}
	}
}
"""


def _run(src: str, seed: int = 1):
    return simulate(src, "main.go", RunConfig(seed=seed))


def test_top_level_rand_gives_permutations_and_in_range_values():
    """rand.Perm and rand.Shuffle permute; Intn, Float64, Int63n, Int31n stay in range."""
    r = _run(TOP_LEVEL)
    assert r.status == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[2] == lines[3] == "[0 1 2 3 4 5 6 7 8 9]"
    assert len(lines) == 4


def test_top_level_rand_follows_the_run_seed():
    """The same --seed gives the same sequence; another seed (almost surely) another one."""
    a, b = _run(TOP_LEVEL, 7).stdout, _run(TOP_LEVEL, 7).stdout
    assert a == b
    assert any(_run(TOP_LEVEL, s).stdout != a for s in (8, 9, 10))


def test_rand_v2_top_level_n_keeps_the_argument_type():
    """rand.N(10*time.Second) is a time.Duration below 10s; IntN and Perm behave."""
    src = """package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	d := rand.N(10 * time.Second)
	fmt.Printf("%T %v %v\\n", d, d >= 0 && d < 10*time.Second, len(rand.Perm(5)))
	fmt.Println(rand.IntN(1), rand.Uint64N(1))
}
"""
    r = _run(src)
    assert (r.status, r.stdout) == (0, "time.Duration true 5\n0 0\n"), r.stderr


def test_rand_go_sequence_for_seed_42():
    """rand.New(rand.NewSource(42)): the first Int63 values go1.27 prints."""
    r = randpkg.Rand(randpkg.NewSource(42))
    assert [r.Int63() for _ in range(3)] == [
        3440579354231278675, 608747136543856411, 5571782338101878760]


def test_pcg_go_sequence():
    """rand.NewPCG(1, 2).Uint64(): the values of Go's pcg_test.go TestPCG."""
    p = randv2pkg.NewPCG(1, 2)
    assert [p.Uint64() for _ in range(3)] == [
        0xc4f5a58656eef510, 0x9dcec3ad077dec6c, 0xc8d04605312f8088]


def test_fnv_known_vectors():
    """FNV-1a of "hello" on 32 and 64 bits (the published test vectors)."""
    h32, h64 = fnvpkg.New32a(), fnvpkg.New64a()
    h32.Write(GoSlice(list(b"hello")))
    h64.Write(GoSlice(list(b"hello")))
    assert (h32.Sum32(), h64.Sum64()) == (0x4f9f2cab, 0xa430d84680aabd0b)


def test_bufio_full_rune_tells_truncated_from_invalid():
    """utf8.FullRune: a cut-off valid prefix needs more input; an invalid byte does not."""
    assert not bufiopkg.full_rune([0xE4, 0xB8], 0, 2)
    assert bufiopkg.full_rune([0xE4, 0x41], 0, 2)
    assert bufiopkg.full_rune([0xFF], 0, 1)
    assert bufiopkg.decode_rune([0xE4, 0xB8, 0x96], 0, 3) == (0x4E16, 3)


@pytest.mark.parametrize("member", ["rand.NormFloat64()", "rand.ExpFloat64()"])
def test_undeclared_rand_member_is_unsupported_at_its_position(member):
    """A member the package does not declare is reported as unsupported where it is used."""
    src = f"""package main

import (
	"fmt"
	"math/rand"
)

func main() {{
	fmt.Println({member})
}}
"""
    r = _run(src)
    assert r.status == 125
    name = member.split("(")[0]
    assert r.stderr_first == (f"main.go:9:14: unsupported: {name}: not a simulated member of "
                                "package rand")


# (program, go build's first error line, copied from go1.27.3 output minus "./")
COMPILE_ERRORS = [
    ("""package main

import (
	"bufio"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	w.Flush(1)
}
""", "main.go:10:10: too many arguments in call to w.Flush"),
    ("""package main

import (
	"fmt"
	"hash"
	"hash/fnv"
)

func main() {
	var h hash.Hash32 = fnv.New64a()
	fmt.Println(h)
}
""", "main.go:10:22: cannot use fnv.New64a() (value of interface type hash.Hash64) as hash.Hash32 "
     "value in variable declaration: hash.Hash64 does not implement hash.Hash32 (missing method Sum32)"),
    ("""package main

import (
	"container/list"
	"fmt"
)

func main() {
	l := list.New()
	e := l.PushBack("a")
	var s string = e.Value
	fmt.Println(s)
}
""", "main.go:11:17: cannot use e.Value (variable of interface type any) as string value in variable "
     "declaration: need type assertion"),
    ("""package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	var n int32 = r.Intn(5)
	fmt.Println(n)
}
""", "main.go:10:16: cannot use r.Intn(5) (value of type int) as int32 value in variable declaration"),
]


@pytest.mark.parametrize("src,first", COMPILE_ERRORS)
def test_compile_errors_match_go_build(src, first):
    """The declared signatures and types reject what go build rejects, with its message."""
    r = _run(src)
    assert (r.status, r.stderr_first) == (125, first)


def test_os_stdin_is_an_empty_reader():
    """*os.File has Read (so bufio.NewScanner(os.Stdin) builds); the simulated stdin is empty."""
    src = """package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	data, err := io.ReadAll(os.Stdin)
	line, rerr := bufio.NewReader(os.Stdin).ReadString('\\n')
	fmt.Println(sc.Scan(), sc.Err(), len(data), err, line == "", rerr)
}
"""
    r = _run(src)
    assert (r.status, r.stdout) == (0, "false <nil> 0 <nil> true EOF\n"), r.stderr
