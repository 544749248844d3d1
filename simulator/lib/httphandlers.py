"""Package net/http, part 6: the handler wrappers (go1.27 server.go, request.go): StripPrefix,
TimeoutHandler, MaxBytesHandler and MaxBytesReader.

TimeoutHandler runs the wrapped handler in a goroutine of its own
("net/http.(*timeoutHandler).ServeHTTP.func1") on a buffering ``timeoutWriter`` and a request
whose context is ``context.WithTimeout(r.Context(), dt)``; the serving goroutine waits (in
"select") for the first of: the handler returns (its header and buffered body are copied to
the real writer), it panics (the panic is raised again in the serving goroutine), or the
context is done (503 with the error body on a deadline, the bare 503 on a cancellation; from
then on the handler's writes fail with ErrHandlerTimeout, or the context's error).

MaxBytesReader reads at most n bytes of a body, then fails with *MaxBytesError ("http:
request body too large"); on the server's own ResponseWriter it also makes the connection close
after the reply (``requestTooLarge``).
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.errors import GoPanic
from ..runtime.runtime2 import WaitReason
from ..values import GoSlice
from .dyn import find_method, unbox
from .gostrconv import go_bytes
from .httppkg import (ErrHandlerTimeout, Request, cancel, ctx_err, done_chan, handler_func,
                      header_copy, http, serve_http)
from .iopkg import drive, raw_bytes
from .netpkg import Waiter
from .registry import PACKAGES


def _copy_request(r) -> Request:
    """*r2 = *r"""
    r2 = Request()
    for f in Request.__slots__:
        setattr(r2, f, getattr(r, f))
    return r2


def _call(w, name, *args):
    """A generator: w.name(args...) on a ResponseWriter interface value."""
    return (yield from drive(find_method(w, name)(*args)))


# -- StripPrefix -----------------------------------------------------------------------------------
@http.func("func StripPrefix(prefix string, h Handler) Handler")
def StripPrefix(prefix, h):
    if prefix == "":
        return h
    from .httpmux import NotFound
    from .urlpkg import URL

    def strip(w, r):
        u = r.f_URL
        p = u.f_Path[len(prefix):] if u.f_Path.startswith(prefix) else u.f_Path
        rp = u.f_RawPath[len(prefix):] if u.f_RawPath.startswith(prefix) else u.f_RawPath
        if len(p) < len(u.f_Path) and (u.f_RawPath == "" or len(rp) < len(u.f_RawPath)):
            r2 = _copy_request(r)
            r2.f_URL = URL()
            for f in URL.__slots__:
                setattr(r2.f_URL, f, getattr(u, f))
            r2.f_URL.f_Path, r2.f_URL.f_RawPath = p, rp
            yield from serve_http(h, w, r2)
        else:
            NotFound(w, r)
    return handler_func(strip)


# -- TimeoutHandler --------------------------------------------------------------------------------
#: TimeoutHandler's body when its msg is empty (timeoutHandler.errorBody)
DEFAULT_TIMEOUT_BODY = "<html><head><title>Timeout</title></head><body><h1>Timeout</h1></body></html>"


@http.type("timeoutWriter", "struct{}")
class TimeoutWriter:
    """The handler's ResponseWriter under TimeoutHandler: everything is buffered until the
    handler returns.  Not a Flusher (as in Go)."""
    __slots__ = ("h", "wbuf", "err", "wrote_header", "code")
    _go_methods = {"Header": "func() Header", "Write": "func(p []byte) (int, error)",
                   "WriteHeader": "func(code int)"}

    def __init__(self):
        self.h: dict = {}
        self.wbuf = bytearray()
        self.err = None
        self.wrote_header = False
        self.code = 0

    def Header(self):
        return self.h

    def go_write_text(self, text):
        if self.err is not None:
            return 0, self.err
        if not self.wrote_header:
            self.WriteHeader(200)
        data = go_bytes(text)
        self.wbuf += data
        return len(data), None

    def Write(self, p):
        if self.err is not None:
            return 0, self.err
        if not self.wrote_header:
            self.WriteHeader(200)
        data = raw_bytes(p)
        self.wbuf += data
        return len(data), None

    def WriteHeader(self, code):
        if code < 100 or code > 999:
            raise GoPanic(f"invalid WriteHeader code {code}")
        if self.err is not None or self.wrote_header:
            return
        self.wrote_header, self.code = True, code


@http.type("timeoutHandler", "struct{}")
class TimeoutHandler_:
    __slots__ = ("handler", "body", "dt")
    _go_methods = {"ServeHTTP": "func(w ResponseWriter, r *Request)"}
    _go_blocking = {"ServeHTTP"}

    def __init__(self, handler=None, body="", dt=0):
        self.handler, self.body, self.dt = handler, body, dt

    def ServeHTTP(self, w, r):
        from .httpserver import _run_handler
        rt = current()
        ctx, cancel_ctx = PACKAGES["context"].funcs["WithTimeout"].impl(r.Context(), self.dt)
        try:
            r = r.WithContext(ctx)
            tw = TimeoutWriter()
            waiter = Waiter()                  # select { panicChan; done; ctx.Done() }
            result: list = []

            def run():
                p = yield from _run_handler(self.handler, tw, r)
                result.append(p)
                waiter.fire(0 if p is not None else 1)
            rt.newproc(run, (), "net/http.(*timeoutHandler).ServeHTTP.func1")
            waiter.chan(done_chan(ctx), 2)
            case = yield from waiter.wait(WaitReason.SELECT)
            if case == 0:
                raise GoPanic(result[0].value)
            if case == 1:
                dst = yield from _call(w, "Header")
                dst.update(header_copy(tw.h))
                yield from _call(w, "WriteHeader", tw.code if tw.wrote_header else 200)
                yield from _call(w, "Write", GoSlice(list(tw.wbuf)))
                return
            err = ctx_err(ctx)
            yield from _call(w, "WriteHeader", 503)
            if err is PACKAGES["context"].vars["DeadlineExceeded"].value:
                yield from _call(w, "Write", GoSlice(list(go_bytes(self.body or DEFAULT_TIMEOUT_BODY))))
                tw.err = ErrHandlerTimeout
            else:
                tw.err = err
        finally:
            cancel(cancel_ctx)


@http.func("func TimeoutHandler(h Handler, dt time.Duration, msg string) Handler")
def TimeoutHandler(h, dt, msg):
    return TimeoutHandler_(h, msg, dt)


# -- MaxBytesReader --------------------------------------------------------------------------------
@http.type("MaxBytesError", "struct{ Limit int64 }")
class MaxBytesError:
    __slots__ = ("f_Limit",)
    _go_methods = {"Error": "func() string"}

    def __init__(self, limit=0):
        self.f_Limit = limit

    def Error(self):
        return "http: request body too large"


@http.type("maxBytesReader", "struct{}")
class MaxBytesReader_:
    __slots__ = ("w", "r", "i", "n", "err")
    _go_methods = {"Read": "func(p []byte) (n int, err error)", "Close": "func() error"}
    _go_blocking = {"Read", "Close"}

    def __init__(self, w=None, r=None, n=0):
        self.w, self.r, self.i, self.n, self.err = w, r, n, n, None

    def Read(self, p):
        if self.err is not None:
            return 0, self.err
        if p is None or p.len == 0:
            return 0, None
        if p.len - 1 > self.n:                  # n+1 bytes tell whether the limit is passed
            p = GoSlice(p.arr, p.off, self.n + 1, p.cap)
        m = find_method(self.r, "Read")
        if m is None:
            raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                                  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x0]")
        n, err = yield from drive(m(p))
        if n <= self.n:
            self.n -= n
            self.err = err
            return n, err
        n, self.n = self.n, 0
        from .httpresponse import Response
        res = unbox(self.w)
        if isinstance(res, Response):
            res.request_too_large()
        self.err = MaxBytesError(self.i)
        return n, self.err

    def Close(self):
        m = find_method(self.r, "Close")
        return (yield from drive(m())) if m is not None else None


@http.func("func MaxBytesReader(w ResponseWriter, r io.ReadCloser, n int64) io.ReadCloser")
def MaxBytesReader(w, r, n):
    return MaxBytesReader_(w, r, max(n, 0))


@http.func("func MaxBytesHandler(h Handler, n int64) Handler")
def MaxBytesHandler(h, n):
    def limit(w, r):
        r2 = _copy_request(r)
        r2.f_Body = MaxBytesReader(w, r.f_Body, n)
        yield from serve_http(h, w, r2)
    return handler_func(limit)
