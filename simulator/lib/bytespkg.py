"""Package bytes (minimal): Buffer as an io.Writer, and a few slice helpers.

A []byte is a GoSlice of ints 0..255.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .gostrconv import RUNE_ERROR, go_bytes, go_str
from .iopkg import EOF, fill
from .libstruct import LibStruct
from .registry import Package

bytes_pkg = Package("bytes")


def _raw(b) -> bytes:
    return bytes(x & 0xFF for x in (b.items() if b is not None else ()))


@bytes_pkg.type("Buffer", "struct{}")
class Buffer(LibStruct):
    """bytes.Buffer: the zero value is an empty buffer ready to use.  A copy (``c := b``) owns
    its bytes: appending to one never shows in the other (Go shares the backing array, so a
    later write to b over c's length would; not simulated)."""
    __slots__ = ("_buf", "_off")
    _fields = ()
    _owned = ("_buf",)
    _go_methods = {
        "WriteString": "func(s string) (n int, err error)",
        "Write": "func(p []byte) (n int, err error)", "WriteByte": "func(c byte) error",
        "WriteRune": "func(r rune) (n int, err error)", "String": "func() string",
        "Len": "func() int", "Reset": "func()", "Bytes": "func() []byte",
        "Truncate": "func(n int)", "Read": "func(p []byte) (n int, err error)",
        "ReadByte": "func() (byte, error)", "ReadString": "func(delim byte) (line string, err error)",
    }

    def __init__(self, data: bytes = b""):
        self._buf = bytearray(data)
        self._off = 0

    def go_write_text(self, text: str):
        b = go_bytes(text)
        self._buf += b
        return len(b), None

    def WriteString(self, s):
        return self.go_write_text(s)

    def Write(self, p):
        data = _raw(p)
        self._buf += data
        return len(data), None

    def WriteByte(self, c):
        self._buf.append(c & 0xFF)
        return None

    def WriteRune(self, r):
        if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
            r = RUNE_ERROR
        return self.go_write_text(chr(r))

    def String(self):
        return go_str(self._buf[self._off:])

    def Len(self):
        return len(self._buf) - self._off

    def Bytes(self):
        return GoSlice(list(self._buf[self._off:]))

    def Reset(self):
        self._buf = bytearray()
        self._off = 0

    def Read(self, p):
        """Drains the buffer; io.EOF once it is empty (and len(p) > 0)."""
        plen = p.len if p is not None else 0
        if self.Len() == 0:
            self.Reset()
            return (0, None) if plen == 0 else (0, EOF)
        n = fill(p, bytes(self._buf[self._off:self._off + plen]))
        self._off += n
        return n, None

    def ReadByte(self):
        if self.Len() == 0:
            self.Reset()
            return 0, EOF
        c = self._buf[self._off]
        self._off += 1
        return c, None

    def ReadString(self, delim):
        i = self._buf.find(delim & 0xFF, self._off)
        end = len(self._buf) if i < 0 else i + 1
        line = go_str(self._buf[self._off:end])
        self._off = end
        return line, (EOF if i < 0 else None)

    def go_read_all(self):
        data = bytes(self._buf[self._off:])
        self.Reset()
        return data, None

    def Truncate(self, n):
        if n == 0:
            self.Reset()
            return
        if n < 0 or n > self.Len():
            raise GoPanic("bytes.Buffer: truncation out of range")
        del self._buf[self._off + n:]


@bytes_pkg.func("func NewBufferString(s string) *Buffer")
def NewBufferString(s):
    return Buffer(go_bytes(s))


@bytes_pkg.func("func NewBuffer(buf []byte) *Buffer")
def NewBuffer(buf):
    return Buffer(_raw(buf))


@bytes_pkg.func("func Equal(a, b []byte) bool")
def Equal(a, b):
    return _raw(a) == _raw(b)


@bytes_pkg.func("func Contains(b, subslice []byte) bool")
def Contains(b, subslice):
    return _raw(subslice) in _raw(b)
