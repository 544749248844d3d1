"""Package io (minimal): the Reader/Writer interfaces, EOF, ReadAll, Copy, WriteString, Discard,
NopCloser.

A []byte is a GoSlice of ints 0..255.  Readers and writers are interface values: library ones
(http response bodies, bytes.Buffer...) and user types alike are reached through ``find_method``;
a method may be a generator (user code, or a blocking library Read), so the helpers here are
generators driven with ``yield from`` (``drive``).
"""
from __future__ import annotations

from types import GeneratorType

from ..runtime.errors import Unsupported
from ..values import GoSlice
from .dyn import find_method, unbox
from .errorspkg import ErrorString
from .gostrconv import go_bytes
from .libstruct import LibStruct
from .registry import Package

io = Package("io")

io.type("Reader", "interface{ Read(p []byte) (n int, err error) }")
io.type("Writer", "interface{ Write(p []byte) (n int, err error) }")
io.type("Closer", "interface{ Close() error }")
io.type("StringWriter", "interface{ WriteString(s string) (n int, err error) }")
io.type("ReadCloser", "interface{ Read(p []byte) (n int, err error); Close() error }")
io.type("WriteCloser", "interface{ Write(p []byte) (n int, err error); Close() error }")
io.type("ReadWriter", "interface{ Read(p []byte) (n int, err error); Write(p []byte) (n int, err error) }")
io.type("ReadWriteCloser", "interface{ Read(p []byte) (n int, err error); "
        "Write(p []byte) (n int, err error); Close() error }")

EOF = ErrorString("EOF")
ErrUnexpectedEOF = ErrorString("unexpected EOF")
ErrShortWrite = ErrorString("short write")
ErrClosedPipe = ErrorString("io: read/write on closed pipe")
io.var("EOF", "error", EOF)
io.var("ErrUnexpectedEOF", "error", ErrUnexpectedEOF)
io.var("ErrShortWrite", "error", ErrShortWrite)
io.var("ErrClosedPipe", "error", ErrClosedPipe)

#: ReadAll's first buffer (io.go: make([]byte, 0, 512))
READALL_CHUNK = 512


def drive(result):
    """``yield from drive(m(...))``: the value of a method call that may or may not block."""
    if type(result) is GeneratorType:
        result = yield from result
    return result


def raw_bytes(p) -> bytes:
    return bytes(x & 0xFF for x in (p.items() if p is not None else ()))


def fill(p: GoSlice, data: bytes) -> int:
    """Copy data into the slice p (as Read does); returns the count copied."""
    n = min(p.len if p is not None else 0, len(data))
    arr, off = p.arr, p.off
    for i in range(n):
        arr[off + i] = data[i]
    return n


def read_all(r):
    """A generator: every byte of reader r until EOF -> (bytes, err)."""
    direct = getattr(unbox(r), "go_read_all", None)
    if direct is not None:
        return direct()
    m = find_method(r, "Read")
    if m is None:
        raise Unsupported(f"io: reader {r!r} has no Read method")
    out = bytearray()
    while True:
        p = GoSlice([0] * READALL_CHUNK)
        n, err = yield from drive(m(p))
        out += bytes(p.arr[:n])
        if err is not None:
            return bytes(out), (None if err is EOF else err)


def write_bytes(w, data: bytes):
    """A generator: w.Write(data) -> (n, err)."""
    m = find_method(w, "Write")
    if m is None:
        raise Unsupported(f"io: writer {w!r} has no Write method")
    return (yield from drive(m(GoSlice(list(data)))))


@io.func("func ReadAll(r Reader) ([]byte, error)", blocking=True)
def ReadAll(r):
    data, err = yield from read_all(r)
    return GoSlice(list(data)), err


@io.func("func Copy(dst Writer, src Reader) (written int64, err error)", blocking=True)
def Copy(dst, src):
    data, err = yield from read_all(src)
    if err is not None:
        return 0, err
    n, werr = yield from write_bytes(dst, data)
    return n, werr


@io.func("func WriteString(w Writer, s string) (n int, err error)", blocking=True)
def WriteString(w, s):
    direct = getattr(unbox(w), "go_write_text", None)
    if direct is not None:
        return direct(s)
    m = find_method(w, "WriteString")
    if m is not None:
        return (yield from drive(m(s)))
    return (yield from write_bytes(w, go_bytes(s)))


@io.type("discard", "struct{}")
class Discard:
    """io.Discard's dynamic type (a struct here, so the value is a natural pointer)."""
    __slots__ = ()
    _go_methods = {"Write": "func(p []byte) (int, error)",
                   "WriteString": "func(s string) (int, error)"}

    def Write(self, p):
        return (p.len if p is not None else 0), None

    def WriteString(self, s):
        return len(go_bytes(s)), None

    def go_write_text(self, text):
        return self.WriteString(text)


io.var("Discard", "Writer", Discard())


@io.type("nopCloser", "struct{ Reader Reader }")
class NopCloser_:
    __slots__ = ("f_Reader",)
    _go_methods = {"Read": "func(p []byte) (n int, err error)", "Close": "func() error"}
    _go_blocking = {"Read"}

    def __init__(self, r=None):
        self.f_Reader = r

    def Read(self, p):
        return (yield from drive(find_method(self.f_Reader, "Read")(p)))

    def Close(self):
        return None


@io.func("func NopCloser(r Reader) ReadCloser")
def NopCloser(r):
    return NopCloser_(r)


# -- strings.Reader (registered in package strings; it exists for io's sake) --------------------
from .stringspkg import strings  # noqa: E402


@strings.type("Reader", "struct{}")
class StringsReader(LibStruct):
    """strings.Reader: reads a string's bytes (http.Post bodies)."""
    __slots__ = ("data", "pos")
    _go_methods = {"Read": "func(b []byte) (n int, err error)", "Len": "func() int",
                   "Size": "func() int64", "ReadByte": "func() (byte, error)"}

    def __init__(self, data: bytes = b""):
        self.data, self.pos = data, 0

    def Read(self, b):
        if self.pos >= len(self.data):
            return 0, EOF
        n = fill(b, self.data[self.pos:])
        self.pos += n
        return n, None

    def ReadByte(self):
        if self.pos >= len(self.data):
            return 0, EOF
        self.pos += 1
        return self.data[self.pos - 1], None

    def go_read_all(self):
        data, self.pos = self.data[self.pos:], len(self.data)
        return data, None

    def Len(self):
        return len(self.data) - self.pos

    def Size(self):
        return len(self.data)


@strings.func("func NewReader(s string) *Reader")
def NewReader(s):
    return StringsReader(go_bytes(s))
