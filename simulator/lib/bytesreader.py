"""strings.Reader and bytes.Reader (go1.27 ``src/strings/reader.go``, ``src/bytes/reader.go``).

The two are the same code on a string or on a []byte: an index ``i`` into the bytes and
``prev_rune``, the index of the rune the last ReadRune read (< 0 when the last operation was
not a ReadRune, so UnreadRune fails).  A bytes.Reader reads its slice when it reads, so writes to
the slice after NewReader show, as in Go.  Neither blocks; io.Copy uses their WriteTo (one
Write of everything left), io.ReadAll drains them at once (``go_read_all``).
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import find_method
from .errorspkg import ErrorString
from .gostrconv import RUNE_ERROR, go_bytes
from .gostrconv import go_str
from .iopkg import EOF, ErrShortWrite, WriteString, drive, fill, write_bytes
from .libstruct import LibStruct
from .stringspkg import strings

SEEK_START, SEEK_CURRENT, SEEK_END = 0, 1, 2
_RUNE_SELF = 0x80


def decode_rune(b: bytes, i: int) -> tuple[int, int]:
    """utf8.DecodeRune(b[i:]): (rune, size); an invalid or short sequence is (RuneError, 1)."""
    c = b[i]
    if c < _RUNE_SELF:
        return c, 1
    for size in (2, 3, 4):
        chunk = b[i:i + size]
        if len(chunk) < size:
            break
        try:
            ch = chunk.decode("utf-8")
        except UnicodeDecodeError:
            continue
        return ord(ch), size
    return RUNE_ERROR, 1


class _SeqReader(LibStruct):
    """What strings.Reader and bytes.Reader share; a subclass gives ``_all()`` (the bytes),
    ``_NAME`` (for error texts) and ``_WHAT`` ("string" or "slice")."""
    __slots__ = ("i", "prev_rune")
    _fields = ()
    _NAME = _WHAT = ""
    _go_methods = {
        "Len": "func() int", "Size": "func() int64", "Read": "func(b []byte) (n int, err error)",
        "ReadAt": "func(b []byte, off int64) (n int, err error)",
        "ReadByte": "func() (byte, error)", "UnreadByte": "func() error",
        "ReadRune": "func() (ch rune, size int, err error)", "UnreadRune": "func() error",
        "Seek": "func(offset int64, whence int) (int64, error)",
        "WriteTo": "func(w io.Writer) (n int64, err error)",
    }
    _go_blocking = {"WriteTo"}

    def _all(self) -> bytes:
        raise NotImplementedError

    def _size(self) -> int:
        return len(self._all())

    def _err(self, text: str) -> ErrorString:
        return ErrorString(f"{self._NAME}.{text}")

    def Len(self):
        n = self._size()
        return 0 if self.i >= n else n - self.i

    def Size(self):
        return self._size()

    def Read(self, b):
        data = self._all()
        if self.i >= len(data):
            return 0, EOF
        self.prev_rune = -1
        n = fill(b, data[self.i:self.i + (b.len if b is not None else 0)])
        self.i += n
        return n, None

    def ReadAt(self, b, off):
        if off < 0:
            return 0, self._err("ReadAt: negative offset")
        data = self._all()
        if off >= len(data):
            return 0, EOF
        n = fill(b, data[off:])
        return n, (EOF if n < (b.len if b is not None else 0) else None)

    def ReadByte(self):
        self.prev_rune = -1
        data = self._all()
        if self.i >= len(data):
            return 0, EOF
        self.i += 1
        return data[self.i - 1], None

    def UnreadByte(self):
        if self.i <= 0:
            return self._err(f"UnreadByte: at beginning of {self._WHAT}")
        self.prev_rune = -1
        self.i -= 1
        return None

    def ReadRune(self):
        data = self._all()
        if self.i >= len(data):
            self.prev_rune = -1
            return 0, 0, EOF
        self.prev_rune = self.i
        r, size = decode_rune(data, self.i)
        self.i += size
        return r, size, None

    def UnreadRune(self):
        if self.i <= 0:
            return self._err(f"UnreadRune: at beginning of {self._WHAT}")
        if self.prev_rune < 0:
            return self._err("UnreadRune: previous operation was not ReadRune")
        self.i, self.prev_rune = self.prev_rune, -1
        return None

    def Seek(self, offset, whence):
        self.prev_rune = -1
        if whence == SEEK_START:
            pos = offset
        elif whence == SEEK_CURRENT:
            pos = self.i + offset
        elif whence == SEEK_END:
            pos = self._size() + offset
        else:
            return 0, self._err("Seek: invalid whence")
        if pos < 0:
            return 0, self._err("Seek: negative position")
        self.i = pos
        return pos, None

    def WriteTo(self, w):
        self.prev_rune = -1
        data = self._all()
        if self.i >= len(data):
            return 0, None
        rest = data[self.i:]
        m, err = yield from self._write(w, rest)
        if m > len(rest):
            raise GoPanic(f"{self._NAME}.WriteTo: invalid {self._WRITE} count")
        self.i += m
        if m != len(rest) and err is None:
            err = ErrShortWrite
        return m, err

    def go_read_all(self):
        data = self._all()
        rest = data[self.i:] if self.i < len(data) else b""
        self.i = max(self.i, len(data))
        if rest:
            self.prev_rune = -1
        return bytes(rest), None


@strings.type("Reader", "struct{}")
class StringsReader(_SeqReader):
    """strings.Reader: reads a string's bytes."""
    __slots__ = ("data",)
    _NAME, _WHAT, _WRITE = "strings.Reader", "string", "WriteString"
    _go_methods = dict(_SeqReader._go_methods, Reset="func(s string)")

    def __init__(self, data: bytes = b""):
        self.data, self.i, self.prev_rune = data, 0, -1

    def _all(self) -> bytes:
        return self.data

    def _write(self, w, rest: bytes):
        return (yield from WriteString(w, go_str(rest)))

    def Reset(self, s):
        self.data, self.i, self.prev_rune = go_bytes(s), 0, -1


@strings.func("func NewReader(s string) *Reader")
def NewReader(s):
    return StringsReader(go_bytes(s))


class BytesReader(_SeqReader):
    """bytes.Reader: reads a []byte (the program's slice, read when read).  Registered in
    package bytes by bytespkg.py (which this module must not import: iopkg imports it)."""
    __slots__ = ("s",)
    _NAME, _WHAT, _WRITE = "bytes.Reader", "slice", "Write"
    _go_methods = dict(_SeqReader._go_methods, Reset="func(b []byte)")

    def __init__(self, s: GoSlice | None = None):
        self.s, self.i, self.prev_rune = s, 0, -1

    def _all(self) -> bytes:
        s = self.s
        return bytes(s.arr[s.off:s.off + s.len]) if s is not None else b""

    def _size(self) -> int:
        return self.s.len if self.s is not None else 0

    def _write(self, w, rest: bytes):
        i, s = self.i, self.s        # w.Write(r.s[r.i:]): the program's own bytes
        meth = find_method(w, "Write")
        if meth is None:
            return (yield from write_bytes(w, rest))
        return (yield from drive(meth(GoSlice(s.arr, s.off + i, s.len - i, s.cap - i))))

    def Reset(self, b):
        self.s, self.i, self.prev_rune = b, 0, -1
