"""Package bytes, part 1: Buffer and Reader (bytesfuncs.py has the functions on []byte).

A []byte is a GoSlice of ints 0..255.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import unbox
from .errorspkg import ErrorString
from .gostrconv import RUNE_ERROR, go_bytes, go_str
from .iopkg import EOF, ErrShortWrite, byte_cap, fill
from .bytesreader import BytesReader, decode_rune  # after iopkg, which imports it last  # noqa: I001
from .libstruct import LibStruct
from .registry import Package

bytes_pkg = Package("bytes")


def _raw(b) -> bytes:
    return bytes(x & 0xFF for x in (b.items() if b is not None else ()))


#: a nil Buffer's first small write gets this capacity (buffer.go smallBufferSize)
SMALL_BUFFER_SIZE = 64
#: the runtime's tmpBuf for a []byte(s) that does not escape (string.go tmpStringBufSize)
TMP_BUF_SIZE = 32
#: ReadFrom grows the buffer by at least this much per Read (buffer.go MinRead)
MIN_READ = 512
#: lastRead: the last operation was a read other than ReadRune / was not a read; 1..4 =
#: ReadRune of that size (buffer.go readOp)
OP_READ, OP_INVALID = -1, 0
ErrTooLarge = ErrorString("bytes.Buffer: too large")
_ERR_UNREAD_BYTE = ErrorString("bytes.Buffer: UnreadByte: previous operation was not a successful read")
bytes_pkg.var("ErrTooLarge", "error", ErrTooLarge)
bytes_pkg.const("MinRead", "untyped int", MIN_READ)


def _reslice(b: GoSlice, i: int, j: int) -> GoSlice:
    """b[i:j] (j <= cap(b))."""
    return GoSlice(b.arr, b.off + i, j - i, b.cap - i)


def _grow_slice(b: GoSlice, n: int) -> GoSlice:
    """buffer.go growSlice: b's bytes in a new array of capacity >= len(b)+n and 2*cap(b)."""
    c = max(b.len + n, 2 * b.cap)
    c = byte_cap(c)
    return GoSlice(b.arr[b.off:b.off + b.len] + [0] * (c - b.len), 0, b.len, c)


@bytes_pkg.type("Buffer", "struct{}")
class Buffer(LibStruct):
    """bytes.Buffer (buffer.go): ``_buf`` is Go's ``buf`` (a GoSlice, None while nil), the
    unread bytes are ``buf[off:]``; the zero value is an empty buffer ready to use.  Capacity
    grows as Go grows it, Bytes/Next/Peek return slices of the buffer's own array, and a copy
    (``c := b``) shares that array, as in Go."""
    __slots__ = ("_buf", "_off", "_last")
    _fields = ()
    _go_methods = {
        "WriteString": "func(s string) (n int, err error)",
        "Write": "func(p []byte) (n int, err error)", "WriteByte": "func(c byte) error",
        "WriteRune": "func(r rune) (n int, err error)", "String": "func() string",
        "Len": "func() int", "Cap": "func() int", "Available": "func() int",
        "Reset": "func()", "Bytes": "func() []byte", "AvailableBuffer": "func() []byte",
        "Truncate": "func(n int)", "Grow": "func(n int)", "Read": "func(p []byte) (n int, err error)",
        "Next": "func(n int) []byte", "Peek": "func(n int) ([]byte, error)",
        "ReadByte": "func() (byte, error)", "ReadRune": "func() (r rune, size int, err error)",
        "UnreadByte": "func() error", "UnreadRune": "func() error",
        "ReadBytes": "func(delim byte) (line []byte, err error)",
        "ReadString": "func(delim byte) (line string, err error)",
        "ReadFrom": "func(r io.Reader) (n int64, err error)",
        "WriteTo": "func(w io.Writer) (n int64, err error)",
    }
    _go_blocking = {"ReadFrom", "WriteTo"}

    def __init__(self, buf: GoSlice | None = None):
        self._buf = buf
        self._off = 0
        self._last = OP_INVALID

    # -- internals (buffer.go) -------------------------------------------------------------
    def _blen(self) -> int:
        return self._buf.len if self._buf is not None else 0

    def _unread(self) -> bytes:
        b = self._buf
        if b is None:
            return b""
        return bytes(b.arr[b.off + self._off:b.off + b.len])

    def _try_grow_by_reslice(self, n: int) -> int:
        """The write offset after making room for n more bytes in place, or -1."""
        b = self._buf
        if b is not None and n <= b.cap - b.len:
            self._buf = _reslice(b, 0, b.len + n)
            return b.len
        return -1

    def _grow(self, n: int) -> int:
        m = self.Len()
        if m == 0 and self._off != 0:
            self.Reset()
        i = self._try_grow_by_reslice(n)
        if i >= 0:
            return i
        b = self._buf
        if b is None and n <= SMALL_BUFFER_SIZE:
            self._buf = GoSlice([0] * SMALL_BUFFER_SIZE, 0, n, SMALL_BUFFER_SIZE)
            return 0
        c = b.cap if b is not None else 0
        if b is not None and n <= c // 2 - m:
            # slide the unread bytes down instead of allocating (copy(b.buf, b.buf[b.off:]))
            lo = b.off + self._off
            b.arr[b.off:b.off + m] = b.arr[lo:lo + m]
        else:
            unread = _reslice(b, self._off, b.len) if b is not None else GoSlice([], 0, 0, 0)
            b = _grow_slice(unread, self._off + n)
        self._off = 0
        self._buf = _reslice(b, 0, m + n)
        return m

    def _write_at(self, m: int, data: bytes) -> None:
        b = self._buf
        b.arr[b.off + m:b.off + m + len(data)] = data

    def _room(self, n: int) -> int:
        i = self._try_grow_by_reslice(n)
        return i if i >= 0 else self._grow(n)

    # -- writing ---------------------------------------------------------------------------
    def go_write_text(self, text: str):
        return self._write_bytes(go_bytes(text))

    def _write_bytes(self, data: bytes):
        self._last = OP_INVALID
        m = self._room(len(data))
        self._write_at(m, data)
        return len(data), None

    def WriteString(self, s):
        return self.go_write_text(s)

    def Write(self, p):
        return self._write_bytes(_raw(p))

    def WriteByte(self, c):
        self._last = OP_INVALID
        m = self._room(1)
        self._write_at(m, bytes([c & 0xFF]))
        return None

    def WriteRune(self, r):
        if 0 <= r < 0x80:
            self.WriteByte(r)
            return 1, None
        self._last = OP_INVALID
        m = self._room(4)                        # utf8.UTFMax, then cut back to the rune
        if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
            r = RUNE_ERROR
        enc = chr(r).encode("utf-8")
        self._write_at(m, enc)
        self._buf = _reslice(self._buf, 0, m + len(enc))
        return len(enc), None

    def Grow(self, n):
        if n < 0:
            raise GoPanic("bytes.Buffer.Grow: negative count")
        m = self._grow(n)
        self._buf = _reslice(self._buf, 0, m)

    def ReadFrom(self, r):
        from .iopkg import drive
        from .dyn import find_method
        self._last = OP_INVALID
        read = find_method(r, "Read")
        total = 0
        while True:
            i = self._grow(MIN_READ)
            b = self._buf = _reslice(self._buf, 0, i)
            m, e = yield from drive(read(_reslice(b, i, b.cap)))
            if m < 0:
                raise GoPanic(ErrorString("bytes.Buffer: reader returned negative count from Read"))
            self._buf = _reslice(self._buf, 0, i + m)
            total += m
            if e is EOF:
                return total, None
            if e is not None:
                return total, e

    def WriteTo(self, w):
        from .iopkg import drive
        from .dyn import find_method
        self._last = OP_INVALID
        n = self.Len()
        total = 0
        if n > 0:
            direct = getattr(unbox(w), "go_write_text", None)
            if direct is not None:
                m, e = direct(go_str(self._unread()))
            else:
                b = self._buf
                m, e = yield from drive(find_method(w, "Write")(_reslice(b, self._off, b.len)))
            if m > n:
                raise GoPanic("bytes.Buffer.WriteTo: invalid Write count")
            self._off += m
            total = m
            if e is not None:
                return total, e
            if m != n:
                return total, ErrShortWrite
        self.Reset()
        return total, None

    # -- reading ---------------------------------------------------------------------------
    def String(self):
        return go_str(self._unread())

    def Len(self):
        return self._blen() - self._off

    def Cap(self):
        return self._buf.cap if self._buf is not None else 0

    def Available(self):
        b = self._buf
        return b.cap - b.len if b is not None else 0

    def Bytes(self):
        b = self._buf
        return _reslice(b, self._off, b.len) if b is not None else None

    def AvailableBuffer(self):
        b = self._buf
        return _reslice(b, b.len, b.len) if b is not None else None

    def Peek(self, n):
        b = self._buf
        if self.Len() < n:
            return (_reslice(b, self._off, b.len) if b is not None else None), EOF
        return _reslice(b, self._off, self._off + n), None

    def Reset(self):
        b = self._buf
        self._buf = _reslice(b, 0, 0) if b is not None else None
        self._off = 0
        self._last = OP_INVALID

    def Truncate(self, n):
        if n == 0:
            self.Reset()
            return
        self._last = OP_INVALID
        if n < 0 or n > self.Len():
            raise GoPanic("bytes.Buffer: truncation out of range")
        self._buf = _reslice(self._buf, 0, self._off + n)

    def Read(self, p):
        self._last = OP_INVALID
        if self.Len() <= 0:
            self.Reset()
            return (0, None) if (p is None or p.len == 0) else (0, EOF)
        n = fill(p, self._unread())
        self._off += n
        if n > 0:
            self._last = OP_READ
        return n, None

    def Next(self, n):
        self._last = OP_INVALID
        n = min(n, self.Len())
        b = self._buf
        data = _reslice(b, self._off, self._off + n) if b is not None else None
        self._off += n
        if n > 0:
            self._last = OP_READ
        return data

    def ReadByte(self):
        if self.Len() <= 0:
            self.Reset()
            return 0, EOF
        b = self._buf
        c = b.arr[b.off + self._off]
        self._off += 1
        self._last = OP_READ
        return c, None

    def ReadRune(self):
        if self.Len() <= 0:
            self.Reset()
            return 0, 0, EOF
        b = self._buf
        lo = b.off + self._off
        r, n = decode_rune(bytes(b.arr[lo:min(lo + 4, b.off + b.len)]), 0)
        self._off += n
        self._last = n
        return r, n, None

    def UnreadRune(self):
        if self._last <= OP_INVALID:
            return ErrorString("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
        if self._off >= self._last:
            self._off -= self._last
        self._last = OP_INVALID
        return None

    def UnreadByte(self):
        if self._last == OP_INVALID:
            return _ERR_UNREAD_BYTE
        self._last = OP_INVALID
        if self._off > 0:
            self._off -= 1
        return None

    def _read_slice(self, delim):
        b = self._buf
        rest = self._unread()
        i = rest.find(bytes([delim & 0xFF]))
        end = self._off + i + 1
        err = None
        if i < 0:
            end, err = self._blen(), EOF
        line = _reslice(b, self._off, end) if b is not None else None
        self._off = end
        self._last = OP_READ
        return line, err

    def ReadBytes(self, delim):
        line, err = self._read_slice(delim)
        if line is None or line.len == 0:          # append([]byte(nil), nothing...) is nil
            return None, err
        data = line.arr[line.off:line.off + line.len]
        c = byte_cap(len(data))
        return GoSlice(data + [0] * (c - len(data)), 0, len(data), c), err

    def ReadString(self, delim):
        line, err = self._read_slice(delim)
        return go_str(bytes(line.items()) if line is not None else b""), err

    def go_read_all(self):
        data = self._unread()
        if data:
            self._off += len(data)
            self._last = OP_READ
        self.Reset()
        return data, None


@bytes_pkg.func("func NewBufferString(s string) *Buffer")
def NewBufferString(s):
    data = list(go_bytes(s))
    # []byte(s): a Buffer that does not escape gets the compiler's 32-byte stack buffer for a
    # short s, else s's length rounded up to a size class.  Escape analysis is not simulated:
    # the short case assumes no escape (Cap and Available may differ for an escaping Buffer).
    c = TMP_BUF_SIZE if len(data) <= TMP_BUF_SIZE else byte_cap(len(data))
    return Buffer(GoSlice(data + [0] * (c - len(data)), 0, len(data), c))


@bytes_pkg.func("func NewBuffer(buf []byte) *Buffer")
def NewBuffer(buf):
    return Buffer(buf)


@bytes_pkg.func("func Equal(a, b []byte) bool")
def Equal(a, b):
    return _raw(a) == _raw(b)


@bytes_pkg.func("func Contains(b, subslice []byte) bool")
def Contains(b, subslice):
    return _raw(subslice) in _raw(b)


bytes_pkg.type("Reader", "struct{}")(BytesReader)


@bytes_pkg.func("func NewReader(b []byte) *Reader")
def NewReader(b):
    return BytesReader(b)
