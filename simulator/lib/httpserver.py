"""Package net/http, part 2: Server (go1.27 src/net/http/server.go): Serve, ListenAndServe,
Shutdown, Close, RegisterOnShutdown, and the per-connection goroutine ``(*conn).serve``.

Invariants (as in server.go):
* Serve tracks its listener while it runs; Shutdown and Close close the tracked listeners and wait
  for every Serve to return (``listenerGroup.Wait``), so Serve returns ErrServerClosed *before*
  Shutdown goes on: Serve returns when Shutdown starts, not when it ends;
* a connection is in ``active_conns`` from accept until it closes; its state is new -> active
  (request read) -> idle (response sent, waiting for the next request) -> ... -> closed;
* Shutdown never cancels a request context: it closes idle connections and polls (1 ms doubling
  to 500 ms, +10% jitter from the seeded RNG) until none is left, or returns ctx.Err();
* Close closes every connection at once: the connection's background read fails, which cancels
  the request context ("context canceled"), and the client reads EOF.
"""
from __future__ import annotations

from ..runtime import current
from ..runtime.errors import GoPanic
from ..runtime.panic import as_unwind
from ..runtime.runtime2 import WaitReason
from ..tracing.events import EventKind as K
from .dyn import call_sync, find_method, unbox
from .errorspkg import error_text
from .httppkg import (NoBody, Body, ErrServerClosed, Request, background, cancel,
                      ctx_err, done_chan, header_copy, header_has_token, http, serve_http, should_close,
                      with_cancel)
from .iopkg import drive
from .netconn import TCPConn, TCPListener, listen
from .netpkg import Waiter, event
from .urlpkg import parse

#: Shutdown's poll interval: starts at 1 ms, doubles up to this (server.go shutdownPollIntervalMax)
SHUTDOWN_POLL_INTERVAL_MAX_NS = 500_000_000
SHUTDOWN_POLL_INTERVAL_BASE_NS = 1_000_000
#: a StateNew connection this old counts as idle for Shutdown (server.go closeIdleConns)
STATE_NEW_IDLE_AFTER_NS = 5_000_000_000

http.type("ConnState", "int")
CONN_STATES = ("new", "active", "idle", "hijacked", "closed")
for _i, _name in enumerate(("StateNew", "StateActive", "StateIdle", "StateHijacked", "StateClosed")):
    http.const(_name, "ConnState", _i)


@http.method("ConnState", "String", "func() string")
def _connstate_string(c):
    return CONN_STATES[c] if 0 <= c < len(CONN_STATES) else "ConnState(%d)" % c


@http.type("Server", "struct{ Addr string; Handler Handler; ReadTimeout time.Duration; "
           "ReadHeaderTimeout time.Duration; WriteTimeout time.Duration; IdleTimeout time.Duration; "
           "MaxHeaderBytes int; BaseContext func(net.Listener) context.Context; "
           "ConnContext func(ctx context.Context, c net.Conn) context.Context; "
           "ConnState func(net.Conn, ConnState); ErrorLog *log.Logger }")
class Server:
    __slots__ = ("f_Addr", "f_Handler", "f_ReadTimeout", "f_ReadHeaderTimeout", "f_WriteTimeout",
                 "f_IdleTimeout", "f_MaxHeaderBytes", "f_BaseContext", "f_ConnContext",
                 "f_ConnState", "f_ErrorLog", "in_shutdown", "listeners", "group_waiters", "active_conns",
                 "on_shutdown", "keepalives")
    _go_methods = {"Serve": "func(l net.Listener) error", "ListenAndServe": "func() error",
                   "Shutdown": "func(ctx context.Context) error", "Close": "func() error",
                   "RegisterOnShutdown": "func(f func())",
                   "SetKeepAlivesEnabled": "func(v bool)"}
    _go_blocking = {"Serve", "ListenAndServe", "Shutdown", "Close"}

    def __init__(self):
        self.f_Addr, self.f_Handler = "", None
        self.f_ReadTimeout = self.f_ReadHeaderTimeout = self.f_WriteTimeout = self.f_IdleTimeout = 0
        self.f_MaxHeaderBytes = 0
        self.f_BaseContext = self.f_ConnContext = self.f_ConnState = self.f_ErrorLog = None
        self.in_shutdown = False
        self.listeners: list = []           # listeners of running Serve calls
        self.group_waiters: list = []       # Shutdown/Close waiting for those Serve calls to end
        self.active_conns: dict = {}        # ServerConn -> None, in accept order
        self.on_shutdown: list = []
        self.keepalives = True

    # -- Serve -------------------------------------------------------------------------------------
    def ListenAndServe(self):
        if self.in_shutdown:
            return ErrServerClosed
        addr = self.f_Addr or ":http"
        if addr.endswith(":http"):
            addr = addr[:-4] + "80"
        ln, err = listen("tcp", addr)
        if err is not None:
            return err
        return (yield from self.Serve(ln))

    def Serve(self, ln):
        if self.in_shutdown:
            yield from _close_listener(ln)
            return ErrServerClosed
        self.listeners.append(ln)
        try:
            err = yield from self._serve(ln)
        except GeneratorExit:             # the process ended while Serve was blocked
            raise
        except BaseException:
            yield from self._untrack(ln)
            raise
        yield from self._untrack(ln)
        return err

    def _serve(self, ln):
        base = background()
        if self.f_BaseContext is not None:
            base = yield from drive(self.f_BaseContext(ln))
            if base is None:
                raise GoPanic("BaseContext returned a nil context")
        while True:
            c, err = yield from _accept(ln)
            if err is not None:
                return ErrServerClosed if self.in_shutdown else err
            sc = ServerConn(self, c.ep, c)
            event("accept", sc.id, c.ep.raddr.String())
            self.active_conns[sc] = None
            sc.set_state(0)
            ctx = base
            if self.f_ConnContext is not None:
                ctx = yield from drive(self.f_ConnContext(ctx, c))
            current().newproc(sc.serve, (ctx,), "net/http.(*conn).serve")

    def _untrack(self, ln):
        """Serve's deferred trackListener(false) and l.Close()."""
        self.listeners.remove(ln)
        if not self.listeners:
            ws, self.group_waiters = self.group_waiters, []
            for w in ws:
                w.fire(0)
        yield from _close_listener(ln)

    def _close_listeners(self):
        err = None
        for ln in list(self.listeners):
            cerr = yield from _close_listener(ln)
            if cerr is not None and err is None:
                err = cerr
        return err

    def _wait_listener_group(self):
        if self.listeners:
            w = Waiter()
            self.group_waiters.append(w)
            yield from w.wait(WaitReason.WAIT_GROUP)

    # -- Shutdown / Close ----------------------------------------------------------------------------
    def Shutdown(self, ctx):
        rt = current()
        event("shutdown-start", 0, f"{len(self.active_conns)} conns")
        self.in_shutdown = True
        lnerr = yield from self._close_listeners()
        for f in self.on_shutdown:
            rt.newproc(f, (), "net/http.(*Server).Shutdown.gowrap1")
        yield from self._wait_listener_group()
        base = SHUTDOWN_POLL_INTERVAL_BASE_NS

        def next_interval():
            nonlocal base
            interval = base + rt.rng.randrange(base // 10)     # 10% jitter (rand.IntN)
            base = min(base * 2, SHUTDOWN_POLL_INTERVAL_MAX_NS)
            return interval

        deadline = rt.now() + next_interval()
        done = done_chan(ctx)
        while True:
            busy = self.close_idle_conns()
            event("shutdown-poll", 0, f"{busy} active")
            if not busy:
                event("shutdown-done", 0, "nil" if lnerr is None else error_text(lnerr))
                return lnerr
            w = Waiter()
            w.chan(done, 1)
            w.timer(deadline, 0, "http-shutdown-poll")
            case = yield from w.wait(WaitReason.SELECT)
            if case == 1:
                err = ctx_err(ctx)
                event("shutdown-done", 0, error_text(err) if err is not None else "nil")
                return err
            deadline = rt.now() + next_interval()

    def close_idle_conns(self) -> int:
        """Close the idle connections; the number still busy (0: quiescent)."""
        now = current().now()
        busy = 0
        for c in list(self.active_conns):
            st = c.state
            if st == 0 and now - c.state_time > STATE_NEW_IDLE_AFTER_NS:
                st = 2
            if st != 2:
                busy += 1
                continue
            c.ep.close()
            self.active_conns.pop(c, None)
        return busy

    def Close(self):
        event("close", 0, f"{len(self.active_conns)} conns")
        self.in_shutdown = True
        err = yield from self._close_listeners()
        yield from self._wait_listener_group()
        for c in list(self.active_conns):
            c.ep.close()
            self.active_conns.pop(c, None)
        return err

    def logf(self, text: str) -> None:
        """Server.logf: through ErrorLog, or the standard logger (log.Printf) when it is nil."""
        from .logpkg import std
        (self.f_ErrorLog if self.f_ErrorLog is not None else std())._output(text)

    def RegisterOnShutdown(self, f):
        self.on_shutdown.append(f)

    def SetKeepAlivesEnabled(self, v):
        self.keepalives = bool(v)
        if not v:
            self.close_idle_conns()


@http.func("func ListenAndServe(addr string, handler Handler) error", blocking=True)
def ListenAndServe(addr, handler):
    srv = Server()
    srv.f_Addr, srv.f_Handler = addr, handler
    return (yield from srv.ListenAndServe())


@http.func("func Serve(l net.Listener, handler Handler) error", blocking=True)
def Serve(l, handler):
    srv = Server()
    srv.f_Handler = handler
    return (yield from srv.Serve(l))


def _accept(ln):
    """A generator: (TCPConn, None) or (None, err) from any net.Listener value."""
    if isinstance(ln, TCPListener):
        return (yield from ln.Accept())
    c, err = yield from drive(find_method(ln, "Accept")())
    if err is None and not isinstance(unbox(c), TCPConn):
        from ..runtime.errors import Unsupported
        raise Unsupported("net/http: a listener whose Accept returns a wrapped net.Conn")
    return c, err


def _close_listener(ln):
    if isinstance(ln, TCPListener):
        return ln.Close()
    return (yield from drive(find_method(ln, "Close")()))


class ServerConn:
    """server.go's conn: one accepted connection and the goroutine serving it."""

    def __init__(self, srv: Server, ep, tcp):
        self.srv, self.ep, self.tcp, self.id = srv, ep, tcp, ep.id
        self.state, self.state_time = 0, current().now()

    def set_state(self, st: int) -> None:
        self.state, self.state_time = st, current().now()
        event("state", self.id, CONN_STATES[st])
        hook = self.srv.f_ConnState
        if hook is not None:
            call_sync(hook(self.tcp, st))

    def serve(self, ctx):
        conn_ctx, conn_cancel = with_cancel(ctx)
        try:
            yield from self._loop(conn_ctx, conn_cancel)
        except GeneratorExit:
            raise
        except BaseException:
            self._closed(conn_cancel)
            raise
        self._closed(conn_cancel)

    def _closed(self, conn_cancel) -> None:
        self.ep.on_eof = None
        self.ep.close()
        self.srv.active_conns.pop(self, None)
        self.set_state(4)
        cancel(conn_cancel)

    def _read_request(self):
        """A generator: the next RequestMsg, or None (EOF, closed, idle timeout)."""
        srv, ep = self.srv, self.ep
        idle = srv.f_IdleTimeout or srv.f_ReadTimeout
        w = Waiter()
        ep.watch(w, 0)
        if idle > 0 and self.state == 2:
            w.timer(current().now() + idle, 1, "http-idle-timeout")
        case = yield from w.wait(WaitReason.IO_WAIT)
        if case == 1 or ep.closed or not ep.inbox:
            return None
        return ep.inbox.popleft()

    def _loop(self, conn_ctx, conn_cancel):
        rt = current()
        srv, ep = self.srv, self.ep
        while True:
            msg = yield from self._read_request()
            if msg is None:
                return
            self.set_state(1)
            req = _server_request(msg, ep)
            req_ctx, req_cancel = with_cancel(conn_ctx)
            req.ctx = req_ctx
            w = Response(req)
            bg = _BackgroundRead(ep)
            if isinstance(req.f_Body, Body) and req.f_Body.data:
                req.f_Body.on_done = lambda eof: bg.start()     # registerOnHitEOF
            else:
                bg.start()

            def on_eof():
                bg.stop()
                cancel(conn_cancel)
            ep.on_eof = on_eof                            # what the background read sees
            started = rt.now()
            event("request-start", self.id, f"{msg.method} {msg.target}")
            handler = srv.f_Handler
            if handler is None:
                from .httpmux import DEFAULT_MUX
                handler = DEFAULT_MUX.value
            p = yield from _run_handler(handler, w, req)
            ep.on_eof = None
            bg.stop()                                      # abortPendingRead
            cancel(req_cancel)
            code = w.code or 200
            event("request-end", self.id, f"{code}" if p is None else "panic")
            if p is not None:
                _log_panic(srv, ep.raddr.String(), p)
                return
            if ep.closed or ep.eof:
                return
            if srv.f_WriteTimeout and rt.now() - started > srv.f_WriteTimeout:
                return                                   # the write hits its deadline: no reply
            reply = w.finish(keepalives=srv.keepalives and not srv.in_shutdown)
            ep.send(reply)
            if reply.close:
                return
            self.set_state(2)


class _BackgroundRead:
    """connReader.backgroundRead: while the handler runs, once the request body is consumed
    (at once without a body), a goroutine reads ahead on the connection to notice the client
    going away.  Its read is the ep.on_eof callback; here it is only counted for NumGoroutine."""
    __slots__ = ("ep", "running")

    def __init__(self, ep):
        self.ep, self.running = ep, False

    def start(self) -> None:
        if not self.running and not self.ep.eof:
            self.running = True
            self.ep.add_goroutines(1)

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.ep.add_goroutines(-1)


def _server_request(msg, ep) -> Request:
    r = Request()
    r.f_Method, r.f_Header, r.f_Host = msg.method, header_copy(msg.header), msg.host
    r.f_RequestURI, r.f_RemoteAddr = msg.target, ep.raddr.String()
    r.f_Close = should_close(r.f_Header, False)
    u, _ = parse(msg.target)
    r.f_URL = u
    r.f_ContentLength = len(msg.body)
    if header_has_token(r.f_Header, "Transfer-Encoding", "chunked"):
        r.f_Header.pop("Transfer-Encoding")     # transfer.go: chunked means length unknown
        r.f_ContentLength = -1
    r.f_Body = Body(msg.body) if msg.body or msg.method in ("POST", "PUT", "PATCH") else NoBody
    return r


def _run_handler(handler, w, req):
    """A generator: run the handler; the panic it raised (recovered, as conn.serve does) or None."""
    rt = current()
    g = rt.curg
    depth = len(g.frames)
    try:
        yield from serve_http(handler, w, req)
        return None
    except GoPanic as p:
        err = p
    except Exception as e:   # a runtime error in a frame without defers
        err = as_unwind(e, rt)
    while len(g.frames) > depth:
        rt.rec.emit(K.FRAME_POP, 0, g.frames.pop().id)
    g.panic = None
    return err


def _log_panic(srv: Server, remote: str, p) -> None:
    """conn.serve's deferred recover: log the panic (not ErrAbortHandler) with the stack."""
    from .printval import panic_value_text
    if p.value is not None and unbox(p.value) is not None:
        from .httppkg import ErrAbortHandler
        if p.value is ErrAbortHandler:
            return
    srv.logf(f"http: panic serving {remote}: {panic_value_text(p.value)}\n"
             f"goroutine {current().curg.gid} [running]:\n")


from .httpresponse import Response  # noqa: E402
