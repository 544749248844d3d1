"""io.Pipe (go1.27 ``src/io/pipe.go``), on the simulator's own channels, select and sync.Mutex.

The pipe is Go's, statement for statement, so its scheduling is Go's:
* a Write hands its slice over ``wrCh`` and waits on ``rdCh`` for the count the reader copied;
  it loops until every byte was consumed, so a Write returns only once readers have taken all
  of it (no internal buffering); ``wrMu`` serializes concurrent Writes;
* a Read waits for a Write (or a Close) and copies at most ``len(p)`` bytes of it;
* closing either end closes ``done`` (once); a blocked Read or Write then returns the close
  error: the reader sees the writer's error (io.EOF for a plain Close), the writer sees the
  reader's (ErrClosedPipe for a plain Close).

Go guards ``rerr``/``werr`` with a mutex and ``done`` with a sync.Once; their critical sections
never block, so plain attributes do the same here.
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime.chan import chanrecv, chansend, closechan, makechan
from ..runtime.selectgo import selectgo
from ..values import GoSlice
from .iopkg import EOF, ErrClosedPipe, io
from .libstruct import LibStruct
from .syncmutex import Mutex

_WR_CH_TYPE = T.Chan(T.Slice(T.BYTE))
_RD_CH_TYPE = T.Chan(T.INT)
_DONE_CH_TYPE = T.Chan(T.Struct())
_RECV, _SEND = 0, 1


def _zero():
    return None


def copy_into(dst: GoSlice | None, src: GoSlice | None) -> int:
    """Go's copy(dst, src) for byte slices (they may share a backing array)."""
    n = min(dst.len if dst is not None else 0, src.len if src is not None else 0)
    if n:
        dst.arr[dst.off:dst.off + n] = src.arr[src.off:src.off + n]
    return n


class _Pipe:
    """Go's ``pipe`` struct."""
    __slots__ = ("wr_mu", "wr_ch", "rd_ch", "done", "closed", "rerr", "werr")

    def __init__(self):
        self.wr_mu = Mutex()
        self.wr_ch = makechan(_WR_CH_TYPE, 0, _zero)
        self.rd_ch = makechan(_RD_CH_TYPE, 0, lambda: 0)
        self.done = makechan(_DONE_CH_TYPE, 0, _zero)
        self.closed = False          # p.once has run
        self.rerr = None             # onceError: the first error stored wins
        self.werr = None

    def read(self, b):
        i, _, _ = yield from selectgo([(_RECV, self.done, None)], True)
        if i == 0:
            return 0, self.read_close_error()
        i, bw, _ = yield from selectgo([(_RECV, self.wr_ch, None), (_RECV, self.done, None)], False)
        if i == 0:
            nr = copy_into(b, bw)
            yield from chansend(self.rd_ch, nr)
            return nr, None
        return 0, self.read_close_error()

    def write(self, b):
        i, _, _ = yield from selectgo([(_RECV, self.done, None)], True)
        if i == 0:
            return 0, self.write_close_error()
        yield from self.wr_mu.Lock()
        n = 0
        once = True
        while once or (b is not None and b.len > 0):
            once = False
            i, _, _ = yield from selectgo([(_SEND, self.wr_ch, b), (_RECV, self.done, None)], False)
            if i == 1:
                self.wr_mu.Unlock()
                return n, self.write_close_error()
            nw = yield from chanrecv(self.rd_ch)
            b = GoSlice(b.arr, b.off + nw, b.len - nw, b.cap - nw) if b is not None else None
            n += nw
        self.wr_mu.Unlock()
        return n, None

    def _close(self) -> None:
        if not self.closed:
            self.closed = True
            closechan(self.done)

    def close_read(self, err):
        if self.rerr is None:
            self.rerr = ErrClosedPipe if err is None else err
        self._close()
        return None

    def close_write(self, err):
        if self.werr is None:
            self.werr = EOF if err is None else err
        self._close()
        return None

    def read_close_error(self):
        if self.rerr is None and self.werr is not None:
            return self.werr
        return ErrClosedPipe

    def write_close_error(self):
        if self.werr is None and self.rerr is not None:
            return self.rerr
        return ErrClosedPipe


@io.type("PipeReader", "struct{}")
class PipeReader(LibStruct):
    """The read half of a pipe."""
    __slots__ = ("p",)
    _go_methods = {"Read": "func(data []byte) (n int, err error)", "Close": "func() error",
                   "CloseWithError": "func(err error) error"}
    _go_blocking = {"Read"}

    def __init__(self, p: _Pipe | None = None):
        self.p = p

    def Read(self, data):
        return (yield from self.p.read(data))

    def Close(self):
        return self.p.close_read(None)

    def CloseWithError(self, err):
        return self.p.close_read(err)


@io.type("PipeWriter", "struct{}")
class PipeWriter(LibStruct):
    """The write half of a pipe."""
    __slots__ = ("p",)
    _go_methods = {"Write": "func(data []byte) (n int, err error)", "Close": "func() error",
                   "CloseWithError": "func(err error) error"}
    _go_blocking = {"Write"}

    def __init__(self, p: _Pipe | None = None):
        self.p = p

    def Write(self, data):
        return (yield from self.p.write(data))

    def Close(self):
        return self.p.close_write(None)

    def CloseWithError(self, err):
        return self.p.close_write(err)


@io.func("func Pipe() (*PipeReader, *PipeWriter)")
def Pipe():
    p = _Pipe()
    return PipeReader(p), PipeWriter(p)
