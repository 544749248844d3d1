"""Package io, part 1: the interfaces, errors, ReadAll, Copy, WriteString, Discard, NopCloser
(iomulti.py has the Reader/Writer combinators, iopipe.py Pipe; strings.Reader is in
bytesreader.py).  ReadAll and Copy read as go1.27's io.go does: ReadAll's growing windows,
Copy's WriterTo / ReaderFrom of library types, else 32 KiB Reads each followed by a Write, so
a pipe or a conn is streamed, not drained first.  A user type's WriteTo/ReadFrom is not used.

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
io.type("Seeker", "interface{ Seek(offset int64, whence int) (int64, error) }")
io.type("ReadSeeker", "interface{ Read(p []byte) (n int, err error); "
        "Seek(offset int64, whence int) (int64, error) }")
io.type("ReaderAt", "interface{ ReadAt(p []byte, off int64) (n int, err error) }")
io.type("WriterTo", "interface{ WriteTo(w Writer) (n int64, err error) }")
io.type("ReaderFrom", "interface{ ReadFrom(r Reader) (n int64, err error) }")
io.type("ByteReader", "interface{ ReadByte() (byte, error) }")
io.type("ByteScanner", "interface{ ReadByte() (byte, error); UnreadByte() error }")
io.type("ByteWriter", "interface{ WriteByte(c byte) error }")
io.type("RuneReader", "interface{ ReadRune() (r rune, size int, err error) }")
io.type("RuneScanner", "interface{ ReadRune() (r rune, size int, err error); UnreadRune() error }")
io.const("SeekStart", "untyped int", 0)
io.const("SeekCurrent", "untyped int", 1)
io.const("SeekEnd", "untyped int", 2)

EOF = ErrorString("EOF")
ErrUnexpectedEOF = ErrorString("unexpected EOF")
ErrShortWrite = ErrorString("short write")
ErrClosedPipe = ErrorString("io: read/write on closed pipe")
ErrShortBuffer = ErrorString("short buffer")
ErrNoProgress = ErrorString("multiple Read calls return no data or error")
#: io.go's errInvalidWrite (unexported)
ErrInvalidWrite = ErrorString("invalid write result")
io.var("EOF", "error", EOF)
io.var("ErrUnexpectedEOF", "error", ErrUnexpectedEOF)
io.var("ErrShortWrite", "error", ErrShortWrite)
io.var("ErrClosedPipe", "error", ErrClosedPipe)
io.var("ErrShortBuffer", "error", ErrShortBuffer)
io.var("ErrNoProgress", "error", ErrNoProgress)

#: ReadAll's first buffer (io.go: make([]byte, 0, 512)) and its first intermediate chunk size
READALL_FIRST, READALL_NEXT = 512, 256
#: copyBuffer's buffer when neither side has WriteTo/ReadFrom (io.go: 32 * 1024)
COPY_BUF = 32 * 1024


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


def byte_cap(n: int) -> int:
    """cap(append([]byte(nil), make([]byte, n)...)): n rounded up to a malloc size class."""
    from ..interp.growslice import _roundupsize
    return _roundupsize(n, True) if n > 0 else 0


class _ReadAllWindows:
    """The windows Go's ReadAll reads into: b[len(b):cap(b)] of a first 512-byte buffer, then
    of ever larger intermediate chunks (256, 384, 576... rounded to size classes) once less than
    cap/16 is left.  ``cap()`` is the capacity of the slice ReadAll returns."""
    __slots__ = ("cap", "len", "next", "chunks", "total")

    def __init__(self):
        self.cap, self.len, self.next, self.chunks, self.total = READALL_FIRST, 0, READALL_NEXT, 0, 0

    def window(self) -> int:
        return self.cap - self.len

    def got(self, n: int) -> None:
        self.len += n
        self.total += n

    def advance(self) -> None:
        """After a Read without error: move to the next chunk when this one is (nearly) full."""
        if self.cap - self.len < self.cap // 16:
            self.chunks += 1
            self.cap, self.len = byte_cap(self.next), 0
            self.next += self.next // 2

    def result_cap(self) -> int:
        return self.cap if self.chunks == 0 else byte_cap(self.total)


def read_all(r, windows: _ReadAllWindows | None = None):
    """A generator: every byte of reader r until EOF -> (bytes, err), read as Go's ReadAll
    reads (the same window sizes, so a reader that serves partial reads, an io.Pipe, sees the
    same calls).  A library reader that cannot block and fills every window (``go_read_all``)
    is drained at once; ``windows`` then replays the reads for the capacity."""
    w = windows if windows is not None else _ReadAllWindows()
    direct = getattr(unbox(r), "go_read_all", None)
    if direct is not None:
        data, err = direct()
        left = len(data)
        while left:
            k = min(left, w.window())
            w.got(k)
            left -= k
            w.advance()
        return data, err
    m = find_method(r, "Read")
    if m is None:
        raise Unsupported(f"io: reader {r!r} has no Read method")
    out = bytearray()
    while True:
        p = GoSlice([0] * w.window())
        n, err = yield from drive(m(p))
        out += bytes(p.arr[:n])
        w.got(n)
        if err is not None:
            return bytes(out), (None if err is EOF else err)
        w.advance()


def write_bytes(w, data: bytes):
    """A generator: w.Write(data) -> (n, err)."""
    m = find_method(w, "Write")
    if m is None:
        raise Unsupported(f"io: writer {w!r} has no Write method")
    return (yield from drive(m(GoSlice(list(data)))))


@io.func("func ReadAll(r Reader) ([]byte, error)", blocking=True)
def ReadAll(r):
    w = _ReadAllWindows()
    data, err = yield from read_all(r, w)
    cap = w.result_cap()
    return GoSlice(list(data) + [0] * (cap - len(data)), 0, len(data), cap), err


def _lib_method(v, name: str):
    """v's method ``name`` if v is a library value that declares it (a WriterTo/ReaderFrom
    check; user types' WriteTo/ReadFrom are not used by Copy here)."""
    x = unbox(v)
    if name in getattr(type(x), "_go_methods", ()):
        return getattr(x, name)
    return None


def copy_buffer(dst, src, size: int = COPY_BUF):
    """A generator: io.go's copyBuffer -> (written, err): src's WriteTo, else dst's ReadFrom,
    else a loop of Read into a ``size``-byte buffer and Write of what was read."""
    wt = _lib_method(src, "WriteTo")
    if wt is not None:
        return (yield from drive(wt(dst)))
    rf = _lib_method(dst, "ReadFrom")
    if rf is not None:
        return (yield from drive(rf(src)))
    read = find_method(src, "Read")
    write = find_method(dst, "Write")
    if read is None or write is None:
        raise Unsupported("io.Copy: no Read or Write method")
    lim = getattr(unbox(src), "limited_size", None)
    if lim is not None:
        size = lim(size)
    buf = GoSlice([0] * size)
    written = 0
    while True:
        nr, er = yield from drive(read(buf))
        if nr > 0:
            nw, ew = yield from drive(write(GoSlice(buf.arr, 0, nr, size)))
            if nw < 0 or nr < nw:
                nw = 0
                if ew is None:
                    ew = ErrInvalidWrite
            written += nw
            if ew is not None:
                return written, ew
            if nr != nw:
                return written, ErrShortWrite
        if er is not None:
            return written, (None if er is EOF else er)


@io.func("func Copy(dst Writer, src Reader) (written int64, err error)", blocking=True)
def Copy(dst, src):
    return (yield from copy_buffer(dst, src))


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


# strings.Reader lives with bytes.Reader (bytesreader.py); imported last: it uses this module
from .bytesreader import StringsReader  # noqa: E402,F401
