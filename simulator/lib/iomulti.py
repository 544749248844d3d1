"""Package io, part 2 (go1.27 ``src/io/io.go``, ``src/io/multi.go``): ReadAtLeast, ReadFull,
CopyN, LimitReader/LimitedReader, TeeReader, MultiReader, MultiWriter.

Each is Go's code on interface values: every Read and Write is a method call that may park
(an io.Pipe, a net.Conn, a user method), so the methods here are generators (``drive``).
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import find_method, unbox
from .gostrconv import go_bytes
from .iopkg import COPY_BUF, EOF, ErrShortBuffer, ErrShortWrite, ErrUnexpectedEOF, copy_buffer, drive, io
from .libstruct import LibStruct


def _read(r, p):
    m = find_method(r, "Read")
    if m is None:                    # a nil Reader: Go's nil pointer dereference
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")
    return m(p)


def _tail(p: GoSlice | None, i: int) -> GoSlice | None:
    """p[i:]"""
    if p is None:
        return None
    return GoSlice(p.arr, p.off + i, p.len - i, p.cap - i)


def _head(p: GoSlice | None, n: int) -> GoSlice | None:
    """p[:n]"""
    if p is None:
        return None
    return GoSlice(p.arr, p.off, n, p.cap)


@io.func("func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)", blocking=True)
def ReadAtLeast(r, buf, min_):
    size = buf.len if buf is not None else 0
    if size < min_:
        return 0, ErrShortBuffer
    n, err = 0, None
    while n < min_ and err is None:
        nn, err = yield from drive(_read(r, _tail(buf, n)))
        n += nn
    if n >= min_:
        err = None
    elif n > 0 and err is EOF:
        err = ErrUnexpectedEOF
    return n, err


@io.func("func ReadFull(r Reader, buf []byte) (n int, err error)", blocking=True)
def ReadFull(r, buf):
    return (yield from ReadAtLeast(r, buf, buf.len if buf is not None else 0))


@io.type("LimitedReader", "struct{ R Reader; N int64 }")
class LimitedReader(LibStruct):
    """Reads from R, at most N bytes in all (N counts down)."""
    __slots__ = ("f_R", "f_N")
    _go_methods = {"Read": "func(p []byte) (n int, err error)"}
    _go_blocking = {"Read"}

    def __init__(self, r=None, n=0):
        self.f_R, self.f_N = r, n

    def Read(self, p):
        if self.f_N <= 0:
            return 0, EOF
        if p is not None and p.len > self.f_N:
            p = _head(p, self.f_N)
        n, err = yield from drive(_read(self.f_R, p))
        self.f_N -= n
        return n, err

    def limited_size(self, size: int) -> int:
        """copyBuffer's buffer size for this source."""
        if size > self.f_N:
            return 1 if self.f_N < 1 else self.f_N
        return size


@io.func("func LimitReader(r Reader, n int64) Reader")
def LimitReader(r, n):
    return LimitedReader(r, n)


@io.func("func CopyN(dst Writer, src Reader, n int64) (written int64, err error)", blocking=True)
def CopyN(dst, src, n):
    written, err = yield from copy_buffer(dst, LimitedReader(src, n), COPY_BUF)
    if written == n:
        return n, None
    if written < n and err is None:
        err = EOF                    # src stopped early; must have been EOF
    return written, err


@io.type("teeReader", "struct{}")
class TeeReader_(LibStruct):
    """Writes to w what it reads from r."""
    __slots__ = ("r", "w")
    _go_methods = {"Read": "func(p []byte) (n int, err error)"}
    _go_blocking = {"Read"}

    def __init__(self, r=None, w=None):
        self.r, self.w = r, w

    def Read(self, p):
        n, err = yield from drive(_read(self.r, p))
        if n > 0:
            nw, werr = yield from drive(find_method(self.w, "Write")(_head(p, n)))
            if werr is not None:
                return nw, werr
        return n, err


@io.func("func TeeReader(r Reader, w Writer) Reader")
def TeeReader(r, w):
    return TeeReader_(r, w)


@io.type("multiReader", "struct{}")
class MultiReader_(LibStruct):
    """The logical concatenation of its readers, read in turn."""
    __slots__ = ("readers",)
    _go_methods = {"Read": "func(p []byte) (n int, err error)",
                   "WriteTo": "func(w Writer) (sum int64, err error)"}
    _go_blocking = {"Read", "WriteTo"}

    def __init__(self, readers=()):
        self.readers = list(readers)

    def Read(self, p):
        rs = self.readers
        while rs:
            if len(rs) == 1 and isinstance(unbox(rs[0]), MultiReader_):
                rs = self.readers = unbox(rs[0]).readers
                continue
            n, err = yield from drive(_read(rs[0], p))
            if err is EOF:
                rs = self.readers = rs[1:]
            if n > 0 or err is not EOF:
                if err is EOF and rs:
                    err = None
                return n, err
        return 0, EOF

    def WriteTo(self, w):
        total = 0
        for i, r in enumerate(self.readers):
            x = unbox(r)
            if isinstance(x, MultiReader_):
                n, err = yield from x.WriteTo(w)
            else:
                n, err = yield from copy_buffer(w, r)
            total += n
            if err is not None:
                self.readers = self.readers[i:]
                return total, err
        self.readers = []
        return total, None


@io.func("func MultiReader(readers ...Reader) Reader")
def MultiReader(readers):
    return MultiReader_(readers.items() if readers is not None else ())


@io.type("multiWriter", "struct{}")
class MultiWriter_(LibStruct):
    """Duplicates each write to all its writers, in order; stops at the first error."""
    __slots__ = ("writers",)
    _go_methods = {"Write": "func(p []byte) (n int, err error)",
                   "WriteString": "func(s string) (n int, err error)"}
    _go_blocking = {"Write", "WriteString"}

    def __init__(self, writers=()):
        self.writers = list(writers)

    def Write(self, p):
        size = p.len if p is not None else 0
        for w in self.writers:
            n, err = yield from drive(find_method(w, "Write")(p))
            if err is not None:
                return n, err
            if n != size:
                return n, ErrShortWrite
        return size, None

    def WriteString(self, s):
        size = len(go_bytes(s))
        p = None
        for w in self.writers:
            direct = getattr(unbox(w), "go_write_text", None)
            sw = find_method(w, "WriteString") if direct is None else None
            if direct is not None:
                n, err = direct(s)
            elif sw is not None:
                n, err = yield from drive(sw(s))
            else:
                if p is None:
                    p = GoSlice(list(go_bytes(s)))
                n, err = yield from drive(find_method(w, "Write")(p))
            if err is not None:
                return n, err
            if n != size:
                return n, ErrShortWrite
        return size, None


@io.func("func MultiWriter(writers ...Writer) Writer")
def MultiWriter(writers):
    out = []
    for w in (writers.items() if writers is not None else ()):
        x = unbox(w)
        out.extend(x.writers if isinstance(x, MultiWriter_) else [w])
    return MultiWriter_(out)
