"""Package net/http, part 1: the shared types (Header, Handler, HandlerFunc, ResponseWriter,
Request, bodies), status codes, and the bridge to package context.

Server: httpserver.py; ServeMux and helpers: httpmux.py; client: httpclient.py.  Requests and
responses travel over the virtual network (netpkg.py) as ``RequestMsg`` / ``ResponseMsg``
objects, not bytes: nothing parses HTTP, but every send takes NETWORK_LATENCY_NS.

Contexts are made through package context's own Go API (``context.WithCancel`` ...), so request
contexts are ordinary context values that user code, select and the trace all understand.
"""
from __future__ import annotations

from ..values import GoSlice
from .dyn import call_sync, find_method
from .errorspkg import ErrorString
from .iopkg import EOF, fill
from .libstruct import LibStruct
import weakref

from ..runtime import current
from .registry import PACKAGES, Package, VarDecl

http = Package("net/http")

from .httpstatus import STATUS  # noqa: E402

for _name, _code, _text in STATUS:
    http.const(_name, "untyped int", _code)
STATUS_TEXT = {code: text for _, code, text in STATUS}

#: the request methods (method.go)
for _m in ("Get", "Head", "Post", "Put", "Patch", "Delete", "Connect", "Options", "Trace"):
    http.const("Method" + _m, "untyped string", _m.upper())

ErrServerClosed = ErrorString("http: Server closed")
http.var("ErrServerClosed", "error", ErrServerClosed)
ErrHandlerTimeout = ErrorString("http: Handler timeout")
http.var("ErrHandlerTimeout", "error", ErrHandlerTimeout)
ErrBodyReadAfterClose = ErrorString("http: invalid Read on closed Body")
http.var("ErrBodyReadAfterClose", "error", ErrBodyReadAfterClose)
ErrAbortHandler = ErrorString("net/http: abort Handler")
http.var("ErrAbortHandler", "error", ErrAbortHandler)
ErrUseLastResponse = ErrorString("net/http: use last response")
http.var("ErrUseLastResponse", "error", ErrUseLastResponse)


@http.func("func StatusText(code int) string")
def StatusText(code):
    return STATUS_TEXT.get(code, "")


# -- context bridge ------------------------------------------------------------------------------
def _ctx(name):
    return PACKAGES["context"].funcs[name].impl


def background():
    return _ctx("Background")()


def with_cancel(parent):
    """context.WithCancel(parent) -> (ctx, cancel func value)."""
    return _ctx("WithCancel")(parent)


def cancel(fn) -> None:
    if fn is not None:
        call_sync(fn())


def done_chan(ctx):
    return call_sync(find_method(ctx, "Done")()) if ctx is not None else None


def ctx_err(ctx):
    return call_sync(find_method(ctx, "Err")()) if ctx is not None else None


class PerRunVar(VarDecl):
    """A package variable with one value per simulation run, made by ``factory()`` on first use."""

    def __init__(self, name: str, type_: str, factory):
        self.name, self.type, self.const = name, type_, False
        self._factory = factory
        self._values: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    @property
    def value(self):
        rt = current()
        v = self._values.get(rt)
        if v is None:
            v = self._values[rt] = self._factory()
        return v

    @value.setter
    def value(self, v):
        if v is not None or self._values:
            self._values[current()] = v


# -- Header ----------------------------------------------------------------------------------------
http.type("Header", "map[string][]string")


def canonical_key(k: str) -> str:
    """textproto.CanonicalMIMEHeaderKey for ordinary ASCII keys."""
    if not k or any(c in k for c in " \t\r\n:") or not k.isascii():
        return k
    return "-".join(p[:1].upper() + p[1:].lower() for p in k.split("-"))


def hget(h, key: str) -> str:
    v = (h or {}).get(canonical_key(key))
    return v.items()[0] if v is not None and v.len else ""


def hset(h, key: str, value: str) -> None:
    h[canonical_key(key)] = GoSlice([value])


def has_token(values, token: str) -> bool:
    """httpguts.HeaderValuesContainsToken: token is one of the comma-separated elements of
    any of the values (case-insensitive)."""
    return any(t.strip(" \t").lower() == token for v in values for t in v.split(","))


def header_has_token(h, key: str, token: str) -> bool:
    v = (h or {}).get(canonical_key(key))
    return v is not None and has_token(v.items(), token)


def should_close(h, remove_close_header: bool) -> bool:
    """transfer.go shouldClose for HTTP/1.1: the Connection header holds "close" (a response's
    header then loses it: Response.Close says it instead)."""
    close = header_has_token(h, "Connection", "close")
    if close and remove_close_header:
        h.pop("Connection", None)
    return close


@http.method("Header", "Get", "func(key string) string")
def _h_get(h, key):
    return hget(h, key)


@http.method("Header", "Set", "func(key, value string)")
def _h_set(h, key, value):
    hset(h, key, value)


@http.method("Header", "Add", "func(key, value string)")
def _h_add(h, key, value):
    k = canonical_key(key)
    old = h.get(k)
    h[k] = GoSlice((old.items() if old is not None else []) + [value])


@http.method("Header", "Del", "func(key string)")
def _h_del(h, key):
    if h is not None:
        h.pop(canonical_key(key), None)


@http.method("Header", "Values", "func(key string) []string")
def _h_values(h, key):
    return (h or {}).get(canonical_key(key))


@http.method("Header", "Clone", "func() Header")
def _h_clone(h):
    return None if h is None else {k: GoSlice(v.items()) for k, v in h.items()}


def header_copy(h) -> dict:
    return {k: GoSlice(v.items()) for k, v in (h or {}).items()}


# -- handlers ----------------------------------------------------------------------------------------
http.type("Handler", "interface{ ServeHTTP(w ResponseWriter, r *Request) }")
http.type("ResponseWriter", "interface{ Header() Header; Write(b []byte) (int, error); "
          "WriteHeader(statusCode int) }")
http.type("Flusher", "interface{ Flush() }")
http.type("HandlerFunc", "func(w ResponseWriter, r *Request)")


@http.method("HandlerFunc", "ServeHTTP", "func(w ResponseWriter, r *Request)", blocking=True)
def _handlerfunc_serve(f, w, r):
    from .iopkg import drive
    if f is None:
        from ..runtime.errors import GoPanic
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    yield from drive(f(w, r))


def handler_func(fn):
    """fn (a Python function of (w, r), possibly a generator function) as an http.HandlerFunc
    value, as the library's HandlerFunc(func(w, r) {...}) closures are."""
    from ..interp.libload import named_type
    from ..values import Boxed
    return Boxed(named_type("net/http", "HandlerFunc"), fn)


def serve_http(h, w, r):
    """A generator: h.ServeHTTP(w, r) for any Handler interface value."""
    from .iopkg import drive
    m = find_method(h, "ServeHTTP")
    yield from drive(m(w, r))


# -- bodies --------------------------------------------------------------------------------------
@http.type("body", "struct{}")
class Body:
    """A request or response body: its bytes arrived with the headers.  ``on_done(eof)`` runs
    once, at EOF or Close (the client transport uses it to recycle the connection)."""
    __slots__ = ("data", "pos", "closed", "on_done")
    _go_methods = {"Read": "func(p []byte) (n int, err error)", "Close": "func() error"}

    def __init__(self, data: bytes = b"", on_done=None):
        self.data, self.pos, self.closed, self.on_done = data, 0, False, on_done

    def _done(self, eof: bool) -> None:
        cb, self.on_done = self.on_done, None
        if cb is not None:
            cb(eof)

    def Read(self, p):
        if self.closed:
            return 0, ErrBodyReadAfterClose
        if self.pos >= len(self.data):
            self._done(True)
            return 0, EOF
        n = fill(p, self.data[self.pos:])
        self.pos += n
        if p is not None and p.len == 0:
            return 0, None
        return n, None

    def go_read_all(self):
        if self.closed:
            return b"", ErrBodyReadAfterClose
        data = self.data[self.pos:]
        self.pos = len(self.data)
        self._done(True)
        return data, None

    def Close(self):
        if not self.closed:
            self.closed = True
            self._done(self.pos >= len(self.data))   # unread bytes: the conn is closed
        return None


@http.type("noBody", "struct{}")
class NoBody_:
    __slots__ = ()
    _go_methods = {"Read": "func(p []byte) (n int, err error)", "Close": "func() error"}

    def Read(self, p):
        return 0, EOF

    def go_read_all(self):
        return b"", None

    def Close(self):
        return None


NoBody = NoBody_()
http.var("NoBody", "noBody", NoBody)


# -- Request -------------------------------------------------------------------------------------
@http.type("Request", "struct{ Method string; URL *url.URL; Proto string; Header Header; "
           "Body io.ReadCloser; ContentLength int64; Close bool; Host string; RemoteAddr string; "
           "RequestURI string; Pattern string }")
class Request(LibStruct):
    __slots__ = ("f_Method", "f_URL", "f_Proto", "f_Header", "f_Body", "f_ContentLength",
                 "f_Host", "f_RemoteAddr", "f_RequestURI", "f_Pattern", "f_Close", "ctx",
                 "path_values", "sent_body", "get_body")
    _go_methods = {"Context": "func() context.Context",
                   "WithContext": "func(ctx context.Context) *Request",
                   "FormValue": "func(key string) string", "PathValue": "func(name string) string",
                   "UserAgent": "func() string"}

    def __init__(self):
        self.f_Method, self.f_URL, self.f_Proto, self.f_Header = "", None, "HTTP/1.1", {}
        self.f_Body, self.f_ContentLength, self.f_Host = None, 0, ""
        self.f_RemoteAddr = self.f_RequestURI = self.f_Pattern = ""
        self.f_Close = False
        self.ctx = None
        self.path_values = {}
        self.sent_body = None     # client: the body bytes the transport sent (redirects resend them)
        self.get_body = False     # client: Go's GetBody is set (NewRequest with a bytes/strings body)

    def wants_close(self) -> bool:
        return self.f_Close or header_has_token(self.f_Header, "Connection", "close")

    def Context(self):
        return self.ctx if self.ctx is not None else background()

    def WithContext(self, ctx):
        if ctx is None:
            from ..runtime.errors import GoPanic
            raise GoPanic("nil context")
        r = Request()
        for f in self.__slots__:
            setattr(r, f, getattr(self, f))
        r.ctx = ctx
        return r

    def FormValue(self, key):
        from .urlpkg import parse_query
        v = parse_query(self.f_URL.f_RawQuery if self.f_URL is not None else "").get(key)
        return v.items()[0] if v is not None and v.len else ""

    def PathValue(self, name):
        return self.path_values.get(name, "")

    def UserAgent(self):
        return hget(self.f_Header, "User-Agent")


class RequestMsg:
    """A request on the wire."""
    __slots__ = ("method", "target", "host", "header", "body", "close")

    def __init__(self, method, target, host, header, body: bytes, close: bool):
        self.method, self.target, self.host, self.header = method, target, host, header
        self.body, self.close = body, close


class ResponseMsg:
    __slots__ = ("code", "header", "body", "close")

    def __init__(self, code, header, body: bytes, close: bool):
        self.code, self.header, self.body, self.close = code, header, body, close


from . import httpserver  # noqa: E402,F401
from . import httpmux  # noqa: E402,F401
from . import httpclient  # noqa: E402,F401
from . import httphandlers  # noqa: E402,F401
