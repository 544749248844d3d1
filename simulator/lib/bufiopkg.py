"""Package bufio, part 1: the package, its errors and the Reader, ported from bufio.go (the
Writer is bufiowriter.py, the Scanner bufioscan.py).

A Reader keeps ``buf`` (a list of byte values, the backing array of the slices it hands out),
with ``r`` and ``w`` the read and write positions: ``buf[r:w]`` is buffered data.  Methods that
may call the underlying Read are blocking generators (a net.Conn's Read parks in "IO wait").
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import find_method
from .errorspkg import ErrorString
from .gostrconv import RUNE_ERROR, go_str
from .iopkg import drive
from .registry import Package

bufio = Package("bufio")

DEFAULT_BUF_SIZE = 4096
MIN_READ_BUFFER_SIZE = 16
#: how many Reads returning nothing (and no error) bufio tolerates before io.ErrNoProgress
MAX_CONSECUTIVE_EMPTY_READS = 100
UTF_MAX = 4

ErrInvalidUnreadByte = ErrorString("bufio: invalid use of UnreadByte")
ErrInvalidUnreadRune = ErrorString("bufio: invalid use of UnreadRune")
ErrBufferFull = ErrorString("bufio: buffer full")
ErrNegativeCount = ErrorString("bufio: negative count")
ErrNoProgress = ErrorString("multiple Read calls return no data or error")   # io.ErrNoProgress
for _name in ("ErrInvalidUnreadByte", "ErrInvalidUnreadRune", "ErrBufferFull", "ErrNegativeCount"):
    bufio.var(_name, "error", globals()[_name])
bufio.const("MaxScanTokenSize", "untyped int", 64 * 1024)


def nil_deref():
    return GoPanic.runtime("invalid memory address or nil pointer dereference",
                           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")


def call_method(v, name: str, *args):
    """A generator: v.name(args...) on an interface value (user methods may block)."""
    m = find_method(v, name)
    if m is None:
        raise nil_deref()
    return (yield from drive(m(*args)))


def encode_rune(r: int) -> bytes:
    """utf8.EncodeRune: invalid runes (negative, surrogates, too large) become U+FFFD."""
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    return chr(r).encode("utf-8")


def decode_rune(data, i: int, j: int) -> tuple[int, int]:
    """utf8.DecodeRune(data[i:j]) for a list or bytes of byte values -> (rune, width)."""
    if i >= j:
        return RUNE_ERROR, 0
    b0 = data[i]
    if b0 < 0x80:
        return b0, 1
    n = 2 if 0xC2 <= b0 <= 0xDF else 3 if 0xE0 <= b0 <= 0xEF else 4 if 0xF0 <= b0 <= 0xF4 else 0
    if n == 0 or j - i < n:
        return RUNE_ERROR, 1
    try:
        return ord(bytes(data[i:i + n]).decode("utf-8")), n
    except UnicodeDecodeError:
        return RUNE_ERROR, 1


def full_rune(data, i: int, j: int) -> bool:
    """utf8.FullRune(data[i:j]): it starts with a whole encoding, or with bytes no more input
    can make valid."""
    if i >= j:
        return False
    try:
        bytes(data[i:min(j, i + UTF_MAX)]).decode("utf-8")
        return True
    except UnicodeDecodeError as e:
        return not (e.start == 0 and e.reason == "unexpected end of data")


# -- Reader --------------------------------------------------------------------------------------
@bufio.type("Reader", "struct{}")
class Reader:
    """*bufio.Reader (invariant: 0 <= r <= w <= len(buf))."""
    __slots__ = ("buf", "rd", "r", "w", "err", "last_byte", "last_rune_size")
    _fields = ()
    _go_methods = {
        "Read": "func(p []byte) (n int, err error)", "ReadByte": "func() (byte, error)",
        "UnreadByte": "func() error", "ReadRune": "func() (r rune, size int, err error)",
        "UnreadRune": "func() error", "ReadSlice": "func(delim byte) (line []byte, err error)",
        "ReadLine": "func() (line []byte, isPrefix bool, err error)",
        "ReadBytes": "func(delim byte) ([]byte, error)",
        "ReadString": "func(delim byte) (string, error)", "Peek": "func(n int) ([]byte, error)",
        "Discard": "func(n int) (discarded int, err error)", "Buffered": "func() int",
        "Size": "func() int", "Reset": "func(r io.Reader)",
    }
    _go_blocking = {"Read", "ReadByte", "ReadRune", "ReadSlice", "ReadLine", "ReadBytes",
                    "ReadString", "Peek", "Discard"}

    def __init__(self, rd=None, size: int = 0):
        self._reset([0] * size, rd)

    def _reset(self, buf: list, rd) -> None:
        self.buf, self.rd = buf, rd
        self.r = self.w = 0
        self.err = None
        self.last_byte = self.last_rune_size = -1

    def Size(self):
        return len(self.buf)

    def Reset(self, r):
        if r is self:
            return
        self._reset(self.buf or [0] * DEFAULT_BUF_SIZE, r)

    def Buffered(self):
        return self.w - self.r

    def _fill(self):
        """Read a new chunk into the buffer (its free tail), after sliding the data down."""
        buf = self.buf
        if self.r > 0:
            buf[:self.w - self.r] = buf[self.r:self.w]
            self.w -= self.r
            self.r = 0
        if self.w >= len(buf):
            raise GoPanic("bufio: tried to fill full buffer")
        for _ in range(MAX_CONSECUTIVE_EMPTY_READS):
            n, err = yield from call_method(self.rd, "Read",
                                            GoSlice(buf, self.w, len(buf) - self.w))
            self.w += n
            if err is not None:
                self.err = err
                return
            if n > 0:
                return
        self.err = ErrNoProgress

    def _read_err(self):
        err, self.err = self.err, None
        return err

    def _view(self, i: int, j: int) -> GoSlice:
        return GoSlice(self.buf, i, j - i, len(self.buf) - i)

    def Read(self, p):
        n = p.len if p is not None else 0
        if n == 0:
            return (0, None) if self.w > self.r else (0, self._read_err())
        if self.r == self.w:
            if self.err is not None:
                return 0, self._read_err()
            if n >= len(self.buf):
                n, self.err = yield from call_method(self.rd, "Read", p)
                if n > 0:
                    self.last_byte, self.last_rune_size = p.arr[p.off + n - 1], -1
                return n, self._read_err()
            self.r = self.w = 0
            n, self.err = yield from call_method(self.rd, "Read", self._view(0, len(self.buf)))
            if n == 0:
                return 0, self._read_err()
            self.w += n
        n = min(n, self.w - self.r)
        p.arr[p.off:p.off + n] = self.buf[self.r:self.r + n]
        self.r += n
        self.last_byte, self.last_rune_size = self.buf[self.r - 1], -1
        return n, None

    def ReadByte(self):
        self.last_rune_size = -1
        while self.r == self.w:
            if self.err is not None:
                return 0, self._read_err()
            yield from self._fill()
        c = self.buf[self.r]
        self.r += 1
        self.last_byte = c
        return c, None

    def UnreadByte(self):
        if self.last_byte < 0 or self.r == 0 and self.w > 0:
            return ErrInvalidUnreadByte
        if self.r > 0:
            self.r -= 1
        else:
            self.w = 1
        self.buf[self.r] = self.last_byte
        self.last_byte = self.last_rune_size = -1
        return None

    def ReadRune(self):
        while (self.r + UTF_MAX > self.w and not full_rune(self.buf, self.r, self.w)
               and self.err is None and self.w - self.r < len(self.buf)):
            yield from self._fill()
        self.last_rune_size = -1
        if self.r == self.w:
            return 0, 0, self._read_err()
        r, size = decode_rune(self.buf, self.r, self.w)
        self.r += size
        self.last_byte, self.last_rune_size = self.buf[self.r - 1], size
        return r, size, None

    def UnreadRune(self):
        if self.last_rune_size < 0 or self.r < self.last_rune_size:
            return ErrInvalidUnreadRune
        self.r -= self.last_rune_size
        self.last_byte = self.last_rune_size = -1
        return None

    def Peek(self, n):
        if n < 0:
            return None, ErrNegativeCount
        self.last_byte = self.last_rune_size = -1
        while self.w - self.r < n and self.w - self.r < len(self.buf) and self.err is None:
            yield from self._fill()
        if n > len(self.buf):
            return self._view(self.r, self.w), ErrBufferFull
        err = None
        if self.w - self.r < n:
            n = self.w - self.r
            err = self._read_err() or ErrBufferFull
        return self._view(self.r, self.r + n), err

    def Discard(self, n):
        if n < 0:
            return 0, ErrNegativeCount
        if n == 0:
            return 0, None
        self.last_byte = self.last_rune_size = -1
        remain = n
        while True:
            skip = self.w - self.r
            if skip == 0:
                yield from self._fill()
                skip = self.w - self.r
            skip = min(skip, remain)
            self.r += skip
            remain -= skip
            if remain == 0:
                return n, None
            if self.err is not None:
                return n - remain, self._read_err()

    def _read_slice(self, delim: int):
        """ReadSlice as (start, end, err): the line is ``buf[start:end]`` until the next read."""
        s = 0
        while True:
            try:
                i = self.buf.index(delim, self.r + s, self.w)
            except ValueError:
                i = -1
            if i >= 0:
                start, end = self.r, i + 1
                self.r = i + 1
                err = None
                break
            if self.err is not None:
                start, end = self.r, self.w
                self.r = self.w
                err = self._read_err()
                break
            if self.w - self.r >= len(self.buf):
                self.r = self.w
                start, end, err = 0, len(self.buf), ErrBufferFull
                break
            s = self.w - self.r
            yield from self._fill()
        if end > start:
            self.last_byte, self.last_rune_size = self.buf[end - 1], -1
        return start, end, err

    def ReadSlice(self, delim):
        start, end, err = yield from self._read_slice(delim)
        return self._view(start, end), err

    def ReadLine(self):
        start, end, err = yield from self._read_slice(10)
        buf = self.buf
        if err is ErrBufferFull:
            if end > start and buf[end - 1] == 13:
                if self.r == 0:
                    raise GoPanic("bufio: tried to rewind past start of buffer")
                self.r -= 1
                end -= 1
            return self._view(start, end), True, None
        if end == start:
            return (None if err is not None else self._view(start, end)), False, err
        if buf[end - 1] == 10:
            end -= 2 if end - start > 1 and buf[end - 2] == 13 else 1
        return self._view(start, end), False, None

    def _collect(self, delim: int):
        """collectFragments: every byte up to and including delim -> (bytes, err)."""
        out = bytearray()
        while True:
            start, end, err = yield from self._read_slice(delim)
            out += bytes(self.buf[start:end])
            if err is not ErrBufferFull:
                return bytes(out), err

    def ReadBytes(self, delim):
        data, err = yield from self._collect(delim)
        return GoSlice(list(data)), err

    def ReadString(self, delim):
        data, err = yield from self._collect(delim)
        return go_str(data), err


@bufio.func("func NewReaderSize(rd io.Reader, size int) *Reader")
def NewReaderSize(rd, size):
    if isinstance(rd, Reader) and len(rd.buf) >= size:
        return rd
    return Reader(rd, max(size, MIN_READ_BUFFER_SIZE))


@bufio.func("func NewReader(rd io.Reader) *Reader")
def NewReader(rd):
    return NewReaderSize(rd, DEFAULT_BUF_SIZE)

