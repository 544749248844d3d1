"""bytes, io.Pipe and the io helpers, strings.Reader/Replacer: what the recorded programs
(tests/programs/core_bytes_*, core_io_*, core_strings_bytes_reader_methods,
core_strings_replacer_writestring, core_fprint_parking_writer) cannot show.

Compile errors are go build's first line (copied from go1.27 output, minus the leading ./)."""
from __future__ import annotations

import pytest

from simulator import simulate
from simulator.lib import iopkg
from simulator.lib.stringspkg import BYTE, BYTE_STRING, GENERIC, SINGLE, NewReplacer
from simulator.values import GoSlice


def first_error(src: str) -> tuple[int, str]:
    r = simulate(src, "prog.go")
    return r.status, r.stderr.splitlines()[0] if r.stderr else ""


COMPILE_ERRORS = [
    # go1.27: ./prog.go:7:5: pr.Write undefined (type *io.PipeReader has no field or method
    # Write, but does have unexported method write)
    ('package main\n\nimport "io"\n\nfunc main() {\n\tpr, _ := io.Pipe()\n\tpr.Write(nil)\n}\n',
     "prog.go:7:5: pr.Write undefined (type *io.PipeReader has no field or method Write, "
     "but does have unexported method write)"),
    # go1.27: ./prog.go:9:41: cannot use "," (untyped string constant) as []byte value in
    # argument to bytes.Split
    ('package main\n\nimport (\n\t"bytes"\n\t"fmt"\n)\n\nfunc main() {\n'
     '\tfmt.Println(bytes.Split([]byte("a,b"), ","))\n}\n',
     'prog.go:9:41: cannot use "," (untyped string constant) as []byte value in argument to '
     'bytes.Split'),
    # go1.27: ./prog.go:10:28: not enough arguments in call to r.WriteString
    ('package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n'
     '\tr := strings.NewReplacer("a", "b")\n\tfmt.Println(r.WriteString("x"))\n}\n',
     "prog.go:10:28: not enough arguments in call to r.WriteString"),
]


@pytest.mark.parametrize("src,want", COMPILE_ERRORS)
def test_compile_error_is_go_builds_first_line(src, want):
    """A misuse of the new API is rejected with go build's first error line, status 125."""
    assert first_error(src) == (125, want)


def test_readall_capacity_follows_gos_chunks():
    """io.ReadAll's result has Go's capacity: 512 while it fits, then the total rounded up to a
    size class (a 5000-byte read ends in a 5376-byte array)."""
    for size, cap in ((0, 512), (512, 512), (5000, 5376)):
        w = iopkg._ReadAllWindows()
        left = size
        while left:
            k = min(left, w.window())
            w.got(k)
            left -= k
            w.advance()
        assert w.result_cap() == cap, size


@pytest.mark.parametrize("pairs,kind", [
    (["ab", "X"], SINGLE), (["a", "1", "b", "2"], BYTE), (["a", "11"], BYTE_STRING),
    (["ab", "X", "c", "Y"], GENERIC), (["", "-"], GENERIC), ([], BYTE),
])
def test_replacer_picks_gos_algorithm(pairs, kind):
    """NewReplacer picks the algorithm replace.go's build picks (it decides WriteString's
    pieces)."""
    assert NewReplacer(GoSlice(pairs))._kind == kind


PIPE_DEADLOCK = '''package main

import "io"

func main() {
	pr, pw := io.Pipe()
	pw.Write([]byte("x"))
	pr.Close()
}
'''


def test_pipe_write_without_reader_deadlocks():
    """A Write with no reader blocks until a reader takes the bytes: alone, main deadlocks."""
    r = simulate(PIPE_DEADLOCK, "prog.go")
    assert (r.status, r.stderr.splitlines()[0]) == (2, "fatal error: all goroutines are asleep - deadlock!")
