"""Package bufio, part 2: Scanner and the split functions, ported from scan.go.

The Scanner's ``buf`` is a GoSlice (Buffer may hand in the program's own); ``buf[start:end]``
is the data not yet split.  A split function gets ``buf[start:end]`` as a []byte and returns
(advance, token, err); ours (ScanLines, ScanWords, ScanRunes, ScanBytes) return sub-slices of
it, as Go's do, and a program's own may block, so Scan is a blocking generator.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .bufiopkg import (MAX_CONSECUTIVE_EMPTY_READS, ErrNoProgress, bufio, call_method,
                       decode_rune, full_rune, nil_deref)
from .errorspkg import ErrorString
from .gostrconv import go_str
from .iopkg import EOF
from .slicesiter import call_gen

MAX_SCAN_TOKEN_SIZE = 64 * 1024
START_BUF_SIZE = 4096

ErrTooLong = ErrorString("bufio.Scanner: token too long")
ErrNegativeAdvance = ErrorString("bufio.Scanner: SplitFunc returns negative advance count")
ErrAdvanceTooFar = ErrorString("bufio.Scanner: SplitFunc returns advance count beyond input")
ErrBadReadCount = ErrorString("bufio.Scanner: Read returned impossible count")
ErrFinalToken = ErrorString("final token")
for _name in ("ErrTooLong", "ErrNegativeAdvance", "ErrAdvanceTooFar", "ErrBadReadCount",
              "ErrFinalToken"):
    bufio.var(_name, "error", globals()[_name])

_SPLIT_SIG = "(data []byte, atEOF bool) (advance int, token []byte, err error)"
bufio.type("SplitFunc", "func" + _SPLIT_SIG)


def _sub(data: GoSlice, i: int, j: int) -> GoSlice:
    """data[i:j]."""
    return GoSlice(data.arr, data.off + i, j - i, data.cap - i)


def _n(data) -> int:
    return data.len if data is not None else 0


@bufio.func("func ScanBytes" + _SPLIT_SIG)
def ScanBytes(data, at_eof):
    if at_eof and _n(data) == 0:
        return 0, None, None
    return 1, _sub(data, 0, 1), None


#: []byte(string(utf8.RuneError)), one shared slice as in Go
_ERROR_RUNE = GoSlice([0xEF, 0xBF, 0xBD])


@bufio.func("func ScanRunes" + _SPLIT_SIG)
def ScanRunes(data, at_eof):
    n = _n(data)
    if at_eof and n == 0:
        return 0, None, None
    arr, off = data.arr, data.off
    if n and arr[off] < 0x80:
        return 1, _sub(data, 0, 1), None
    _, width = decode_rune(arr, off, off + n)
    if width > 1:
        return width, _sub(data, 0, width), None
    if not at_eof and not full_rune(arr, off, off + n):
        return 0, None, None
    return 1, _ERROR_RUNE, None


def _drop_cr(data: GoSlice, i: int, j: int) -> GoSlice:
    if j > i and data.arr[data.off + j - 1] == 13:
        j -= 1
    return _sub(data, i, j)


@bufio.func("func ScanLines" + _SPLIT_SIG)
def ScanLines(data, at_eof):
    n = _n(data)
    if at_eof and n == 0:
        return 0, None, None
    try:
        i = data.arr.index(10, data.off, data.off + n) - data.off
    except ValueError:
        i = -1
    if i >= 0:
        return i + 1, _drop_cr(data, 0, i), None
    if at_eof:
        return n, _drop_cr(data, 0, n), None
    return 0, None, None


def _is_space(r: int) -> bool:
    """scan.go isSpace: Unicode White_Space."""
    if r <= 0xFF:
        return r in (0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0)
    if 0x2000 <= r <= 0x200A:
        return True
    return r in (0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000)


@bufio.func("func ScanWords" + _SPLIT_SIG)
def ScanWords(data, at_eof):
    n = _n(data)
    arr, off = (data.arr, data.off) if data is not None else ([], 0)
    start = 0
    while start < n:
        r, width = decode_rune(arr, off + start, off + n)
        if not _is_space(r):
            break
        start += width
    i = start
    while i < n:
        r, width = decode_rune(arr, off + i, off + n)
        if _is_space(r):
            return i + width, _sub(data, start, i), None
        i += width
    if at_eof and n > start:
        return n, _sub(data, start, n), None
    return start, None, None


_OURS = (ScanLines, ScanWords, ScanRunes, ScanBytes)


@bufio.type("Scanner", "struct{}")
class Scanner:
    """*bufio.Scanner (invariant: 0 <= start <= end <= len(buf))."""
    __slots__ = ("r", "split", "max_token_size", "token", "buf", "start", "end", "err",
                 "empties", "scan_called", "done")
    _fields = ()
    _go_methods = {"Scan": "func() bool", "Text": "func() string", "Bytes": "func() []byte",
                   "Err": "func() error", "Split": "func(split SplitFunc)",
                   "Buffer": "func(buf []byte, max int)"}
    _go_blocking = {"Scan"}

    def __init__(self, r=None):
        self.r = r
        self.split = ScanLines
        self.max_token_size = MAX_SCAN_TOKEN_SIZE
        self.token = None
        self.buf = GoSlice([])
        self.start = self.end = 0
        self.err = None
        self.empties = 0
        self.scan_called = self.done = False

    def Err(self):
        return None if self.err is EOF else self.err

    def Bytes(self):
        return self.token

    def Text(self):
        t = self.token
        return go_str(t.arr[t.off:t.off + t.len]) if t is not None else ""

    def _split(self, at_eof: bool):
        """The split function's result: a tuple from ours, a generator from a program's."""
        data, split = _sub(self.buf, self.start, self.end), self.split
        if split in _OURS:
            return split(data, at_eof)
        if split is None:
            raise nil_deref()
        return call_gen(split, data, at_eof)

    def Scan(self):
        if self.done:
            return False
        self.scan_called = True
        while True:
            if self.end > self.start or self.err is not None:
                r = self._split(self.err is not None)
                advance, token, err = r if isinstance(r, tuple) else (yield from r)
                if err is not None:
                    if err is ErrFinalToken:
                        self.token, self.done = token, True
                        return token is not None
                    self._set_err(err)
                    return False
                if not self._advance(advance):
                    return False
                self.token = token
                if token is not None:
                    if self.err is None or advance > 0:
                        self.empties = 0
                    else:
                        self.empties += 1
                        if self.empties > MAX_CONSECUTIVE_EMPTY_READS:
                            raise GoPanic("bufio.Scan: too many empty tokens without progressing")
                    return True
            if self.err is not None:
                self.start = self.end = 0
                return False
            if not self._make_room():
                return False
            yield from self._read()

    def _make_room(self) -> bool:
        """Slide the data to the front, or grow the buffer (up to max_token_size) when full."""
        buf, size = self.buf, self.buf.len
        if self.start > 0 and (self.end == size or self.start > size // 2):
            arr, off = buf.arr, buf.off
            arr[off:off + self.end - self.start] = arr[off + self.start:off + self.end]
            self.end -= self.start
            self.start = 0
        if self.end == size:
            if size >= self.max_token_size:
                self._set_err(ErrTooLong)
                return False
            new = min(size * 2 or START_BUF_SIZE, self.max_token_size)
            arr = [0] * new
            arr[:self.end - self.start] = buf.arr[buf.off + self.start:buf.off + self.end]
            self.buf = GoSlice(arr)
            self.end -= self.start
            self.start = 0
        return True

    def _read(self):
        loop = 0
        while True:
            room = self.buf.len - self.end
            n, err = yield from call_method(self.r, "Read", _sub(self.buf, self.end, self.buf.len))
            if n < 0 or room < n:
                self._set_err(ErrBadReadCount)
                return
            self.end += n
            if err is not None:
                self._set_err(err)
                return
            if n > 0:
                self.empties = 0
                return
            loop += 1
            if loop > MAX_CONSECUTIVE_EMPTY_READS:
                self._set_err(ErrNoProgress)
                return

    def _advance(self, n: int) -> bool:
        if n < 0:
            self._set_err(ErrNegativeAdvance)
            return False
        if n > self.end - self.start:
            self._set_err(ErrAdvanceTooFar)
            return False
        self.start += n
        return True

    def _set_err(self, err) -> None:
        if self.err is None or self.err is EOF:
            self.err = err

    def Buffer(self, buf, max_):
        if self.scan_called:
            raise GoPanic("Buffer called after Scan")
        self.buf = GoSlice(buf.arr, buf.off, buf.cap, buf.cap) if buf is not None else GoSlice([])
        self.max_token_size = max_

    def Split(self, split):
        if self.scan_called:
            raise GoPanic("Split called after Scan")
        self.split = split


@bufio.func("func NewScanner(r io.Reader) *Scanner")
def NewScanner(r):
    return Scanner(r)
