"""Package bufio, part 2: Writer, ported from bufio.go.

A Writer holds up to ``size`` bytes (4096 by default); its underlying writer sees them only on
Flush or when the buffer would overflow, in the very chunks Go writes, so a program that forgets
Flush prints nothing.  Once a write fails the error is sticky: every later call returns it.
Methods that may call the underlying Write are blocking generators (a program's Write may park).
"""
from __future__ import annotations

from ..values import GoSlice
from .bufiopkg import DEFAULT_BUF_SIZE, UTF_MAX, bufio, call_method, encode_rune
from .dyn import call_sync, find_method
from .gostrconv import go_bytes, go_str
from .iopkg import ErrShortWrite, drive


# -- Writer --------------------------------------------------------------------------------------
@bufio.type("Writer", "struct{}")
class Writer:
    """*bufio.Writer: ``buf`` holds the pending bytes (``len(buf)`` is Go's ``b.n``)."""
    __slots__ = ("err", "buf", "size", "wr")
    _fields = ()
    _go_methods = {
        "Write": "func(p []byte) (nn int, err error)", "WriteString": "func(s string) (int, error)",
        "WriteByte": "func(c byte) error", "WriteRune": "func(r rune) (size int, err error)",
        "Flush": "func() error", "Available": "func() int", "Buffered": "func() int",
        "Size": "func() int", "Reset": "func(w io.Writer)",
    }
    _go_blocking = {"Write", "WriteString", "WriteByte", "WriteRune", "Flush"}

    def __init__(self, wr=None, size: int = 0):
        self.err = None
        self.buf = bytearray()
        self.size = size
        self.wr = wr

    def Size(self):
        return self.size

    def Available(self):
        return self.size - len(self.buf)

    def Buffered(self):
        return len(self.buf)

    def Reset(self, w):
        if w is self:
            return
        if self.size == 0:
            self.size = DEFAULT_BUF_SIZE
        self.err, self.buf, self.wr = None, bytearray(), w

    def Flush(self):
        if self.err is not None:
            return self.err
        if not self.buf:
            return None
        n, err = yield from call_method(self.wr, "Write", GoSlice(list(self.buf)))
        if n < len(self.buf) and err is None:
            err = ErrShortWrite
        if err is not None:
            del self.buf[:n]
            self.err = err
            return err
        self.buf.clear()
        return None

    def _write(self, data: bytes, as_string: bool):
        """Write's loop (WriteString's when ``as_string``: a direct write of a whole string
        goes to the underlying WriteString if it has one)."""
        nn = 0
        while len(data) > self.size - len(self.buf) and self.err is None:
            if not self.buf:
                sw = find_method(self.wr, "WriteString") if as_string else None
                if sw is not None:
                    n, self.err = yield from drive(sw(go_str(data)))
                else:
                    n, self.err = yield from call_method(self.wr, "Write", GoSlice(list(data)))
            else:
                n = self.size - len(self.buf)
                self.buf += data[:n]
                yield from self.Flush()
            nn += n
            data = data[n:]
        if self.err is not None:
            return nn, self.err
        self.buf += data
        return nn + len(data), None

    def Write(self, p):
        return (yield from self._write(bytes(x & 0xFF for x in (p.items() if p is not None else ())),
                                       False))

    def WriteString(self, s):
        return (yield from self._write(go_bytes(s), True))

    def go_write_text(self, text: str):
        """fmt.Fprint*: the Write fmt makes (it cannot park, like any writer fmt drives)."""
        return call_sync(self._write(go_bytes(text), False))

    def WriteByte(self, c):
        if self.err is not None:
            return self.err
        if self.size - len(self.buf) <= 0 and (yield from self.Flush()) is not None:
            return self.err
        self.buf.append(c & 0xFF)
        return None

    def WriteRune(self, r):
        if 0 <= r < 0x80:
            err = yield from self.WriteByte(r)
            return (0, err) if err is not None else (1, None)
        if self.err is not None:
            return 0, self.err
        data = encode_rune(r)
        if self.size - len(self.buf) < UTF_MAX:
            yield from self.Flush()
            if self.err is not None:
                return 0, self.err
            if self.size - len(self.buf) < UTF_MAX:
                return (yield from self._write(data, True))
        self.buf += data
        return len(data), None


@bufio.func("func NewWriterSize(w io.Writer, size int) *Writer")
def NewWriterSize(w, size):
    if isinstance(w, Writer) and w.size >= size:
        return w
    return Writer(w, size if size > 0 else DEFAULT_BUF_SIZE)


@bufio.func("func NewWriter(w io.Writer) *Writer")
def NewWriter(w):
    return NewWriterSize(w, DEFAULT_BUF_SIZE)
