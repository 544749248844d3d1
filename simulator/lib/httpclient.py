"""Package net/http, part 5: the client (Client, Transport, Response, Get/Post/NewRequest).

The transport keeps one pool of idle keep-alive connections per Transport (host:port -> client
endpoints).  A round trip takes an idle connection or dials, sends the request, and parks (in
"select", as Go's persistConn.roundTrip does) until the response arrives, the server closes the
connection (``EOF``), the request's context is done, or ``Client.Timeout`` expires (``context
deadline exceeded (Client.Timeout exceeded while awaiting headers)``).  Giving up closes the
connection, so the server's background read sees EOF and cancels the request context.  After a
response whose body is read to EOF the connection goes back to the pool, unless either side said
"Connection: close" (Request.Close, DisableKeepAlives; the response's header becomes
Response.Close); closing an unread body closes the connection.  Every error is a *url.Error
(``Get "http://...": EOF``).  An open connection counts the two goroutines of Go's persistConn
(readLoop, writeLoop) in runtime.NumGoroutine.

Redirects follow client.go's ``do``: CheckRedirect (default: at most 10) is asked first; with
ErrUseLastResponse the redirect response is returned with its body unread, otherwise the body is
drained and closed.  301/302/303 turn into GET without the body; 307/308 keep the method and
resend the body when NewRequest could snapshot it (strings.Reader, bytes.Buffer: Go's GetBody),
else the redirect response is returned as is.  A hop copies the first request's headers (not
the sensitive ones to another host, not the body ones when the body is dropped) and sets Referer.

Package-level DefaultClient, DefaultTransport and DefaultServeMux are per run (``PerRunVar``):
a simulation never sees another's handlers or pooled connections.
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.runtime2 import WaitReason
from .dyn import call_sync, find_method, unbox
from .errorspkg import ErrorString, error_text
from .httppkg import (Body, NoBody, PerRunVar, Request, RequestMsg, STATUS_TEXT, _h_add, background,
                      canonical_key, ctx_err, done_chan, header_copy, header_has_token, hget, hset,
                      http, should_close)
from .iopkg import EOF, drive, read_all
from .libstruct import LibStruct
from .netpkg import Waiter, dial, event
from .registry import PACKAGES
from .urlpkg import Error as URLError, parse
from .httpredirect import (BODY_HEADERS, MAX_BODY_SLURP_SIZE, SENSITIVE_HEADERS, discard, quote_,
                           redirect_behavior, resolve, url_error_op)

#: goroutines of a persistConn (transport.go dialConn: go readLoop(), go writeLoop()), alive
#: until its connection closes; runtime.NumGoroutine counts them
PERSIST_CONN_GOROUTINES = 2
#: request.go defaultUserAgent
DEFAULT_USER_AGENT = "Go-http-client/1.1"
#: redirects followed before giving up (client.go: "stopped after 10 redirects")
MAX_REDIRECTS = 10


http.type("RoundTripper", "interface{ RoundTrip(*Request) (*Response, error) }")


@http.type("timeoutError", "struct{ err string }")
class TimeoutError:
    """The client's Timeout error: Timeout() is true and it matches context.DeadlineExceeded."""
    __slots__ = ("err",)
    _go_methods = {"Error": "func() string", "Timeout": "func() bool", "Temporary": "func() bool",
                   "Is": "func(err error) bool"}

    def __init__(self, err=""):
        self.err = err

    def Error(self):
        return self.err

    def Timeout(self):
        return True

    def Temporary(self):
        return True

    def Is(self, target):
        return target is PACKAGES["context"].vars["DeadlineExceeded"].value


@http.type("Response", "struct{ Status string; StatusCode int; Proto string; ProtoMajor int; "
           "ProtoMinor int; Header Header; Body io.ReadCloser; ContentLength int64; Close bool; "
           "Request *Request }")
class Response(LibStruct):
    __slots__ = ("f_Status", "f_StatusCode", "f_Proto", "f_ProtoMajor", "f_ProtoMinor",
                 "f_Header", "f_Body", "f_ContentLength", "f_Close", "f_Request")
    _go_methods = {"Location": "func() (*url.URL, error)"}

    def __init__(self):
        self.f_Status, self.f_StatusCode, self.f_Proto = "", 0, "HTTP/1.1"
        self.f_ProtoMajor, self.f_ProtoMinor = 1, 1
        self.f_Header, self.f_Body, self.f_ContentLength = {}, None, 0
        self.f_Close, self.f_Request = False, None

    def Location(self):
        loc = hget(self.f_Header, "Location")
        if not loc:
            return None, ErrorString("http: no Location header in response")
        return parse(loc)


@http.type("Transport", "struct{ DisableKeepAlives bool; DisableCompression bool; MaxIdleConns int; "
           "MaxIdleConnsPerHost int; IdleConnTimeout time.Duration; "
           "ResponseHeaderTimeout time.Duration }")
class Transport:
    __slots__ = ("f_DisableKeepAlives", "f_DisableCompression", "f_MaxIdleConns",
                 "f_MaxIdleConnsPerHost", "f_IdleConnTimeout", "f_ResponseHeaderTimeout", "idle")
    _go_methods = {"RoundTrip": "func(req *Request) (*Response, error)",
                   "CloseIdleConnections": "func()"}
    _go_blocking = {"RoundTrip"}

    def __init__(self):
        self.f_DisableKeepAlives = self.f_DisableCompression = False
        self.f_MaxIdleConns = self.f_MaxIdleConnsPerHost = 0
        self.f_IdleConnTimeout = self.f_ResponseHeaderTimeout = 0
        self.idle: dict = {}           # "host:port" -> [client Endpoint], most recent last

    def CloseIdleConnections(self):
        for eps in self.idle.values():
            for ep in eps:
                ep.close()
        self.idle.clear()

    def _get_conn(self, hostport: str):
        eps = self.idle.get(hostport, [])
        while eps:
            ep = eps.pop()
            if not ep.eof and not ep.closed and not ep.inbox:
                ep.on_eof = None
                return ep
            ep.close()
        return None

    def _put_idle(self, hostport: str, ep) -> None:
        if self.f_DisableKeepAlives or ep.eof or ep.closed:
            ep.close()
            return
        ep.on_eof = ep.close          # the server closed it: persistConn.readLoop exits
        self.idle.setdefault(hostport, []).append(ep)

    def RoundTrip(self, req):
        return (yield from self.round_trip(req, 0))

    def round_trip(self, req, deadline: int):
        u = req.f_URL
        hostport = u.f_Host if ":" in u.f_Host.rsplit("]", 1)[-1] else u.f_Host + ":80"
        body, err = yield from _body_bytes(req.f_Body)
        if err is not None:
            return None, err
        req.sent_body = body
        ctx = req.ctx if req.ctx is not None else background()
        for attempt in (0, 1):
            ep = self._get_conn(hostport)
            reused = ep is not None
            if ep is None:
                ep, err = yield from dial(hostport)
                if err is not None:
                    return None, err
                ep.add_goroutines(PERSIST_CONN_GOROUTINES)
            header = wire_header(req, body, not self.f_DisableCompression)
            close = req.wants_close() or self.f_DisableKeepAlives
            if close and not header_has_token(header, "Connection", "close"):
                _h_add(header, "Connection", "close")     # Request.Close, DisableKeepAlives
            ep.send(RequestMsg(req.f_Method or "GET", u.RequestURI(), u.f_Host, header, body, close))
            event("client-request", ep.id, f"{req.f_Method or 'GET'} {u.String()}")
            w = Waiter()
            ep.watch(w, 0)
            w.chan(done_chan(ctx), 1)
            if deadline:
                w.timer(deadline, 2, "http-client-timeout")
            case = yield from w.wait(WaitReason.SELECT)
            if case != 0:
                ep.close()
                if case == 1:
                    return None, ctx_err(ctx)
                return None, TimeoutError("context deadline exceeded "
                                          "(Client.Timeout exceeded while awaiting headers)")
            msg = ep.inbox.popleft() if ep.inbox and not ep.closed else None
            if msg is None:
                ep.close()
                if reused and attempt == 0:
                    continue                 # the server closed an idle conn: retry on a new one
                return None, EOF
            return self._response(req, msg, ep, hostport), None

    def _response(self, req, msg, ep, hostport):
        r = Response()
        r.f_StatusCode = msg.code
        r.f_Status = f"{msg.code} {STATUS_TEXT.get(msg.code, '')}".rstrip(" ") \
            if STATUS_TEXT.get(msg.code) else f"{msg.code} status code {msg.code}"
        r.f_Header = header_copy(msg.header)
        r.f_ContentLength = len(msg.body)
        if req.f_Method == "HEAD":     # transfer.go: a HEAD response's length is its header's
            n = hget(r.f_Header, "Content-Length")
            r.f_ContentLength = int(n) if n.isdigit() else -1
        r.f_Close = should_close(r.f_Header, True)
        r.f_Request = req
        reuse = not (r.f_Close or req.f_Close)      # persistConn.readLoop's alive

        def done(eof: bool):
            if eof and reuse:
                self._put_idle(hostport, ep)
            else:
                ep.close()
        r.f_Body = Body(msg.body, done)
        if not msg.body:              # nothing to read: the conn is released at once (NoBody)
            r.f_Body._done(True)
        return r


def wire_header(req, body: bytes, compression: bool) -> dict:
    """The request's header as the server reads it.  Request.write adds User-Agent (the default
    unless the header has the key; an empty value is left out) and Content-Length (a known
    length; 0 for a POST, PUT or PATCH without a body; none for a body of unknown length, which
    goes chunked: shouldSendContentLength), and the Transport asks for gzip (transport.go requestedGzip) unless
    DisableCompression, the request has Accept-Encoding or Range, or it is a HEAD.  (The
    simulated server never compresses, so there is nothing to un-gzip.)"""
    h = header_copy(req.f_Header)
    method = req.f_Method or "GET"
    ua = hget(h, "User-Agent") if canonical_key("User-Agent") in h else DEFAULT_USER_AGENT
    h.pop("User-Agent", None)
    if ua:
        hset(h, "User-Agent", ua)
    for k in ("Host", "Content-Length", "Transfer-Encoding"):
        h.pop(k, None)                 # Request.write's reqWriteExcludeHeader
    has_body = req.f_Body is not None and req.f_Body is not NoBody and body
    if has_body and req.f_ContentLength == 0:
        hset(h, "Transfer-Encoding", "chunked")    # outgoingLength -1: probed, not empty
    elif has_body or method in ("POST", "PUT", "PATCH"):
        hset(h, "Content-Length", str(len(body) if has_body else 0))
    if compression and not hget(h, "Accept-Encoding") and not hget(h, "Range") \
            and method != "HEAD":
        hset(h, "Accept-Encoding", "gzip")
    return h


def _body_bytes(b):
    """A generator: the bytes of a request body (any io.Reader) -> (bytes, err)."""
    if b is None:
        return b"", None
    x = unbox(b)
    if hasattr(x, "go_read_all") or find_method(b, "Read") is not None:
        data, err = yield from read_all(b)
        return data, err
    m = find_method(b, "String")
    if m is not None:                      # bytes.Buffer without a Read method in this simulator
        from .gostrconv import go_bytes
        return go_bytes(call_sync(m())), None
    return b"", None


@http.type("Client", "struct{ Transport RoundTripper; Timeout time.Duration; "
           "CheckRedirect func(req *Request, via []*Request) error }")
class Client(LibStruct):
    __slots__ = ("f_Transport", "f_Timeout", "f_CheckRedirect")
    _go_methods = {"Do": "func(req *Request) (*Response, error)",
                   "Get": "func(url string) (resp *Response, err error)",
                   "Head": "func(url string) (resp *Response, err error)",
                   "Post": "func(url, contentType string, body io.Reader) (resp *Response, err error)",
                   "CloseIdleConnections": "func()"}
    _go_blocking = {"Do", "Get", "Post", "Head"}

    def __init__(self):
        self.f_Transport, self.f_Timeout, self.f_CheckRedirect = None, 0, None

    def _transport(self):
        return self.f_Transport if self.f_Transport is not None else DEFAULT_TRANSPORT.value

    def CloseIdleConnections(self):
        t = self._transport()
        m = find_method(t, "CloseIdleConnections")
        if m is not None:
            call_sync(m())

    def Do(self, req):
        """client.go (*Client).do: send, and follow redirects while CheckRedirect allows."""
        op = url_error_op(req.f_Method)
        if req.f_URL is None:
            return None, URLError(op, "", ErrorString("http: nil Request.URL"))
        deadline = current().now() + self.f_Timeout if self.f_Timeout > 0 else 0
        reqs: list = []
        resp = None
        redirect_method, include_body = "", True
        while True:
            if reqs:                              # the next hop
                loc = hget(resp.f_Header, "Location")
                if not loc:
                    return resp, None
                u, perr = resolve(req.f_URL, loc)
                if perr is not None:
                    resp.f_Body.Close()
                    return None, URLError(op, resp.f_Request.f_URL.String(), ErrorString(
                        f"failed to parse Location header {quote_(loc)}: {error_text(perr)}"))
                ireq = reqs[0]
                nxt = Request()
                nxt.f_Method, nxt.f_URL, nxt.f_Header, nxt.ctx = redirect_method, u, {}, ireq.ctx
                if include_body and ireq.get_body:
                    nxt.f_Body, nxt.f_ContentLength = Body(ireq.sent_body or b""), ireq.f_ContentLength
                    nxt.get_body = True
                for k, vv in ireq.f_Header.items():   # makeHeadersCopier
                    if not include_body and k in BODY_HEADERS:
                        continue
                    if k in SENSITIVE_HEADERS and ireq.f_URL.f_Host != u.f_Host:
                        continue
                    nxt.f_Header[k] = vv
                last = reqs[-1].f_URL
                if not (last.f_Scheme == "https" and u.f_Scheme == "http"):
                    hset(nxt.f_Header, "Referer", hget(nxt.f_Header, "Referer") or last.String())
                err = yield from self._check_redirect(nxt, reqs)
                if err is PACKAGES["net/http"].vars["ErrUseLastResponse"].value:
                    return resp, None             # the body stays open for the caller
                if resp.f_ContentLength <= MAX_BODY_SLURP_SIZE:
                    yield from discard(resp.f_Body)   # so the connection can be reused
                resp.f_Body.Close()
                if err is not None:
                    return resp, URLError(op, loc, err)
                req = nxt
            reqs.append(req)
            scheme = req.f_URL.f_Scheme
            if scheme not in ("http", "https"):
                return None, URLError(op, req.f_URL.String(),
                                      ErrorString(f'unsupported protocol scheme "{scheme}"'))
            t = self._transport()
            if isinstance(t, Transport):
                resp, err = yield from t.round_trip(req, deadline)
            else:
                resp, err = yield from drive(find_method(t, "RoundTrip")(req))
            if err is not None:
                return None, URLError(op, req.f_URL.String(), err)
            redirect_method, follow, body_on_hop = redirect_behavior(req.f_Method or "GET", resp,
                                                                      reqs[0])
            if not follow:
                return resp, None
            include_body = include_body and body_on_hop

    def _check_redirect(self, req, via):
        """A generator: CheckRedirect(req, via), or defaultCheckRedirect."""
        if self.f_CheckRedirect is None:
            if len(via) >= MAX_REDIRECTS:
                return ErrorString(f"stopped after {MAX_REDIRECTS} redirects")
            return None
        from ..values import GoSlice
        return (yield from drive(self.f_CheckRedirect(req, GoSlice(list(via)))))

    def Get(self, url_):
        req, err = NewRequest("GET", url_, None)
        if err is not None:
            return None, err
        return (yield from self.Do(req))

    def Head(self, url_):
        req, err = NewRequest("HEAD", url_, None)
        if err is not None:
            return None, err
        return (yield from self.Do(req))

    def Post(self, url_, content_type, body):
        req, err = NewRequest("POST", url_, body)
        if err is not None:
            return None, err
        req.f_Header["Content-Type"] = _strs(content_type)
        return (yield from self.Do(req))


def _strs(*xs):
    from ..values import GoSlice
    return GoSlice(list(xs))


DEFAULT_TRANSPORT = PerRunVar("DefaultTransport", "RoundTripper", Transport)
http.vars["DefaultTransport"] = DEFAULT_TRANSPORT
DEFAULT_CLIENT = PerRunVar("DefaultClient", "*Client", Client)
http.vars["DefaultClient"] = DEFAULT_CLIENT


@http.func("func NewRequestWithContext(ctx context.Context, method, url string, body io.Reader) "
           "(*Request, error)")
def NewRequestWithContext(ctx, method, url_, body):
    if method == "":
        method = "GET"
    if not method.isascii() or any(c in method for c in " \t()<>@,;:\\\"/[]?={}"):
        return None, ErrorString(f'net/http: invalid method "{method}"')
    if ctx is None:
        return None, ErrorString("net/http: nil Context")
    u, err = parse(url_)
    if err is not None:
        return None, err
    r = Request()
    r.f_Method, r.f_URL, r.f_Host, r.f_Header, r.ctx = method, u, u.f_Host, {}, ctx
    r.f_Body = body
    from .bytespkg import Buffer
    from .bytesreader import BytesReader
    from .iopkg import StringsReader
    x = unbox(body)
    if isinstance(x, (Buffer, StringsReader, BytesReader)):     # NewRequest's GetBody cases
        r.f_ContentLength, r.get_body = x.Len(), True
        if r.f_ContentLength == 0:
            r.f_Body = NoBody
    return r, None


@http.func("func NewRequest(method, url string, body io.Reader) (*Request, error)")
def NewRequest(method, url_, body):
    return NewRequestWithContext(background(), method, url_, body)


@http.func("func Get(url string) (resp *Response, err error)", blocking=True)
def Get(url_):
    return (yield from DEFAULT_CLIENT.value.Get(url_))


@http.func("func Head(url string) (resp *Response, err error)", blocking=True)
def Head(url_):
    return (yield from DEFAULT_CLIENT.value.Head(url_))


@http.func("func Post(url, contentType string, body io.Reader) (resp *Response, err error)",
           blocking=True)
def Post(url_, content_type, body):
    return (yield from DEFAULT_CLIENT.value.Post(url_, content_type, body))
