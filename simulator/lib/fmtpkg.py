"""Package fmt: the Print family, Errorf with %w, the Fprint family on any io.Writer.

Formatting itself is gofmt.py.  Output to os.Stdout goes through ``output.write`` (one call per
Print, as Go's unbuffered os.Stdout makes one write(2)).  A writer is any interface value with a
``go_write_text(text) -> (n, err)`` Python method (os.Stdout/Stderr, strings.Builder,
bytes.Buffer) or a Go ``Write([]byte) (int, error)`` method (user types, bufio.Writer).
"""
from __future__ import annotations

from types import GeneratorType

from ..runtime.errors import GoPanic, Unsupported
from ..values import GoSlice
from . import output
from .dyn import call_sync, find_method, unbox
from .errorspkg import ErrorString
from .gofmt import Printer, sprint, sprintf, sprintln, _args
from .gostrconv import go_bytes
from .registry import Package

fmt = Package("fmt")

fmt.type("Stringer", "interface{ String() string }")
fmt.type("GoStringer", "interface{ GoString() string }")


@fmt.type("wrapError", "struct{ msg string; err error }")
class WrapError:
    """*fmt.wrapError: Errorf with one %w."""
    __slots__ = ("msg", "err")
    _fields = ("msg", "err")
    _go_methods = {"Error": "func() string", "Unwrap": "func() error"}

    def __init__(self, msg: str, err):
        self.msg = msg
        self.err = err

    def Error(self) -> str:
        return self.msg

    def Unwrap(self):
        return self.err


@fmt.type("wrapErrors", "struct{ msg string; errs []error }")
class WrapErrors:
    """*fmt.wrapErrors: Errorf with several %w."""
    __slots__ = ("msg", "errs")
    _fields = ("msg", "errs")
    _go_methods = {"Error": "func() string", "Unwrap": "func() []error"}

    def __init__(self, msg: str, errs: list):
        self.msg = msg
        self.errs = errs

    def Error(self) -> str:
        return self.msg

    def Unwrap(self):
        return GoSlice(list(self.errs))


def _nbytes(text: str) -> int:
    return len(go_bytes(text))


def _stdout(text: str):
    output.write("stdout", text)
    return _nbytes(text), None


def write_to(w, text: str):
    """w.Write([]byte(text)) for an io.Writer interface value; returns (n, err)."""
    if w is None:
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")
    direct = getattr(unbox(w), "go_write_text", None)
    if direct is not None:
        return direct(text)
    m = find_method(w, "Write")
    if m is None:
        raise Unsupported(f"fmt: writer {w!r} has no Write method")
    return call_sync(m(GoSlice(list(go_bytes(text)))))


@fmt.func("func Print(a ...any) (n int, err error)")
def Print(a):
    return _stdout(sprint(a))


@fmt.func("func Println(a ...any) (n int, err error)")
def Println(a):
    return _stdout(sprintln(a))


@fmt.func("func Printf(format string, a ...any) (n int, err error)")
def Printf(format, a):
    return _stdout(sprintf(format, a))


@fmt.func("func Sprint(a ...any) string")
def Sprint(a):
    return sprint(a)


@fmt.func("func Sprintln(a ...any) string")
def Sprintln(a):
    return sprintln(a)


@fmt.func("func Sprintf(format string, a ...any) string")
def Sprintf(format, a):
    return sprintf(format, a)


def fwrite(w, text: str):
    """A generator: write_to for the Fprint family, whose Write may park (an io.Pipe, a user
    Write that locks a mutex), as it may in Go."""
    direct = getattr(unbox(w), "go_write_text", None) if w is not None else None
    if direct is not None:
        return direct(text)
    m = find_method(w, "Write")
    if m is None:
        return write_to(w, text)     # the nil-writer panic, or Unsupported
    result = m(GoSlice(list(go_bytes(text))))
    if type(result) is GeneratorType:
        result = yield from result
    return result


def Fprint(w, a):
    return write_to(w, sprint(a))


def Fprintln(w, a):
    return write_to(w, sprintln(a))


def Fprintf(w, format, a):
    return write_to(w, sprintf(format, a))


# What compiled code calls: generators (the Write may park); Fprint/Fprintln/Fprintf above are
# the same for Python callers, whose writers never park.
@fmt.func("func Fprint(w io.Writer, a ...any) (n int, err error)", blocking=True)
def fprint_go(w, a):
    return (yield from fwrite(w, sprint(a)))


@fmt.func("func Fprintln(w io.Writer, a ...any) (n int, err error)", blocking=True)
def fprintln_go(w, a):
    return (yield from fwrite(w, sprintln(a)))


@fmt.func("func Fprintf(w io.Writer, format string, a ...any) (n int, err error)", blocking=True)
def fprintf_go(w, format, a):
    return (yield from fwrite(w, sprintf(format, a)))


def _append(b, text: str):
    items = b.items() if b is not None else []
    return GoSlice(items + list(go_bytes(text)))


@fmt.func("func Append(b []byte, a ...any) []byte")
def Append(b, a):
    return _append(b, sprint(a))


@fmt.func("func Appendln(b []byte, a ...any) []byte")
def Appendln(b, a):
    return _append(b, sprintln(a))


@fmt.func("func Appendf(b []byte, format string, a ...any) []byte")
def Appendf(b, format, a):
    return _append(b, sprintf(format, a))


@fmt.func("func Errorf(format string, a ...any) error")
def Errorf(format, a):
    """fmt.Errorf: *errors.errorString without %w, *fmt.wrapError with one, *fmt.wrapErrors
    with several (src/fmt/errors.go)."""
    args = _args(a)
    if not args and "%" not in format:
        return ErrorString(format)
    p = Printer()
    p.wrap_errs = True
    p.do_printf(format, args)
    s = p.text()
    wrapped = p.wrapped_errs
    if not wrapped:
        return ErrorString(s)
    if len(wrapped) == 1:
        e = args[wrapped[0]]
        return WrapError(s, e if find_method(e, "Error") is not None else None)
    if p.reordered:
        wrapped = sorted(wrapped)
    errs = []
    for i, n in enumerate(wrapped):
        if i > 0 and wrapped[i - 1] == n:
            continue
        e = args[n]
        if e is not None and find_method(e, "Error") is not None:
            errs.append(e)
    return WrapErrors(s, errs)
