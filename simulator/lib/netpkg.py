"""Package net (minimal) and the virtual network under net/http.

Nothing leaves the process: ``Listen`` registers a listener on a virtual loopback host, ``Dial``
finds it by port and queues the server end of a new connection in its accept queue.  A
connection is a pair of ``Endpoint``s; whatever one end sends (bytes for net.Conn, request and
response objects for net/http) arrives at the other end ``NETWORK_LATENCY_NS`` later, delivered by
a runtime timer, so every arrival is an ordinary event in virtual time.  Closing an end wakes its
own reader at once ("use of closed network connection") and reaches the peer as EOF one latency
later.

``Network`` (``rt.net``, created on first use) also answers ``netpoll_waiting()`` for
proc.checkdead: a goroutine blocked in Accept or reading a connection keeps an M in the netpoller
(findRunnable blocks in netpoll while ``netpollAnyWaiters()``), so real Go hangs instead of
reporting a deadlock (GO_SEMANTICS §5).  An open listener or connection that no goroutine waits
on keeps nothing alive: with every G asleep Go reports the deadlock.

Invariant: ``Network.poll_waiters`` counts the Gs parked in "IO wait" (Go's netpollWaiters);
only ``Waiter.wait`` parks with that reason.

``Waiter`` is the one blocking primitive here: a G parks until the first of several wake-ups
(an endpoint becoming readable, a context's Done channel closing, a timer) fires.
"""
from __future__ import annotations

from collections import deque

from ..runtime import current
from ..runtime.chan import SelectState, Sudog
from ..runtime.runtime2 import Status, WaitReason
from ..tracing.events import EventKind as K
from . import syscallpkg
from .ospkg import os_
from .registry import Package

net = Package("net")

#: one-way delay of the virtual loopback network (real loopback: ~10-50 µs)
NETWORK_LATENCY_NS = 50_000
#: first port handed out for "host:0" (Linux picks from 32768-60999; any fixed value will do)
FIRST_EPHEMERAL_PORT = 41_237
#: first local port of client connections
FIRST_CLIENT_PORT = 53_112
LOOPBACK = "127.0.0.1"


# -- errors ----------------------------------------------------------------------------------------
#: the errno values the virtual network returns (zerrors_linux_amd64.go); registered in package
#: syscall (its module owns the Errno type) so that errors.Is(err, syscall.EADDRINUSE) works
NET_ERRNOS = {"EADDRINUSE": (98, "address already in use"),
              "ECONNREFUSED": (111, "connection refused"),
              "ECONNRESET": (104, "connection reset by peer")}
for _name, (_n, _text) in NET_ERRNOS.items():
    syscallpkg.ERRNO_STRINGS.setdefault(_n, _text)
    if _name not in syscallpkg.syscall.vars:
        syscallpkg.syscall.const(_name, "Errno", _n)


def errno(name: str):
    """The error value syscall.<name> (a syscall.Errno in an error interface)."""
    return syscallpkg.errno(NET_ERRNOS[name][0])


@os_.type("SyscallError", "struct{ Syscall string; Err error }")
class SyscallError:
    """os.SyscallError: what a failed connect or bind wraps (net's errors name it)."""
    __slots__ = ("f_Syscall", "f_Err")
    _go_methods = {"Error": "func() string", "Unwrap": "func() error"}

    def __init__(self, syscall="", err=None):
        self.f_Syscall, self.f_Err = syscall, err

    def Error(self):
        from .errorspkg import error_text
        return self.f_Syscall + ": " + error_text(self.f_Err)

    def Unwrap(self):
        return self.f_Err


@net.type("AddrError", "struct{ Err string; Addr string }")
class AddrError:
    __slots__ = ("f_Err", "f_Addr")
    _go_methods = {"Error": "func() string", "Timeout": "func() bool", "Temporary": "func() bool"}

    def __init__(self, err="", addr=""):
        self.f_Err, self.f_Addr = err, addr

    def Error(self):
        return (f"address {self.f_Addr}: " if self.f_Addr else "") + self.f_Err

    def Timeout(self):
        return False

    def Temporary(self):
        return False


net.type("Addr", "interface{ Network() string; String() string }")
net.type("Error", "interface{ Error() string; Timeout() bool; Temporary() bool }")


@net.type("OpError", "struct{ Op string; Net string; Source Addr; Addr Addr; Err error }")
class OpError:
    __slots__ = ("f_Op", "f_Net", "f_Source", "f_Addr", "f_Err")
    _go_methods = {"Error": "func() string", "Unwrap": "func() error", "Timeout": "func() bool",
                   "Temporary": "func() bool"}

    def __init__(self, op="", net_="", source=None, addr=None, err=None):
        self.f_Op, self.f_Net, self.f_Source, self.f_Addr, self.f_Err = op, net_, source, addr, err

    def Error(self):
        from .errorspkg import error_text
        s = self.f_Op + (" " + self.f_Net if self.f_Net else "")
        if self.f_Source is not None:
            s += " " + self.f_Source.String()
        if self.f_Addr is not None:
            s += ("->" if self.f_Source is not None else " ") + self.f_Addr.String()
        return s + ": " + error_text(self.f_Err)

    def Unwrap(self):
        return self.f_Err

    def Timeout(self):
        return False

    def Temporary(self):
        return False


@net.type("errNetClosing", "struct{}")
class ErrNetClosing:
    __slots__ = ()
    _go_methods = {"Error": "func() string", "Timeout": "func() bool", "Temporary": "func() bool"}

    def Error(self):
        return "use of closed network connection"

    def Timeout(self):
        return False

    def Temporary(self):
        return False


ErrClosed = ErrNetClosing()
net.var("ErrClosed", "error", ErrClosed)


@net.type("TCPAddr", "struct{ Port int; Zone string }")
class TCPAddr:
    __slots__ = ("f_Port", "f_Zone", "ip")
    _go_methods = {"Network": "func() string", "String": "func() string"}

    def __init__(self, ip="", port=0):
        self.ip, self.f_Port, self.f_Zone = ip, port, ""

    def Network(self):
        return "tcp"

    def String(self):
        return f"{self.ip}:{self.f_Port}"


# -- the virtual network -------------------------------------------------------------------------------
class Network:
    def __init__(self, rt):
        self.rt = rt
        self.listeners: dict[int, "TCPListener"] = {}
        self.next_port = FIRST_EPHEMERAL_PORT
        self.next_client_port = FIRST_CLIENT_PORT
        self.open_endpoints = 0
        self.next_conn = 0
        #: goroutines Go runs for open connections without a G here: an http.Transport's
        #: persistConn has a readLoop and a writeLoop until its connection closes
        self.conn_goroutines = 0
        self.poll_waiters = 0       # Gs parked in "IO wait" (netpollWaiters)

    def netpoll_waiting(self) -> bool:
        """Some goroutine waits in the netpoller (netpollAnyWaiters): a G parked in Accept or a
        read, or a goroutine without a G here that reads an open connection (a persistConn's
        readLoop, a server's background read)."""
        return self.poll_waiters > 0 or self.conn_goroutines > 0

    def conn_id(self) -> int:
        self.next_conn += 1
        return self.next_conn


def network():
    rt = current()
    if rt.net is None:
        rt.net = Network(rt)
    return rt.net


def event(what: str, conn: int = 0, detail: str = "") -> None:
    """An HTTP trace event, from a goroutine or from a timer callback."""
    rt = current()
    if rt.curg is not None:
        rt.rec.emit(K.HTTP, 0, what, conn, detail)
    else:
        rt.rec.emit_at(K.HTTP, rt.now(), 0, 0, what, conn, detail)


def after(delay_ns: int, fn, what: str):
    rt = current()
    return rt.timers.add(rt.now() + delay_ns, fn, what, rt.curp.id if rt.curp is not None else 0)


class Waiter:
    """Park the running G until the first of several wake-ups; ``yield from wait()`` returns the
    case that fired (cases are small ints chosen by the caller)."""

    def __init__(self):
        self.rt = current()
        self.g = self.rt.curg
        self.state = SelectState()
        self.timers = []

    def chan(self, c, case: int) -> None:
        """Wake when channel c becomes receivable (a context's Done channel closing)."""
        if c is None or self.state.done:
            return
        if c.can_recv():
            self.fire(case)
        else:
            c.recvq.append(Sudog(self.g, None, self.state, case))

    def timer(self, when_ns: int, case: int, what: str) -> None:
        rt = self.rt
        self.timers.append(rt.timers.add(when_ns, lambda: self.fire(case), what,
                                         rt.curp.id if rt.curp is not None else 0))

    def fire(self, case: int) -> None:
        st = self.state
        if st.done:
            return
        st.done, st.case = True, case
        if self.g.status is Status.WAITING:
            self.rt.ready(self.g)

    def wait(self, reason: str = WaitReason.IO_WAIT):
        if not self.state.done:
            if reason == WaitReason.IO_WAIT:
                nw = network()
                nw.poll_waiters += 1
                try:
                    yield from self.rt.park(reason)
                finally:          # woken, or the G unwinds (Goexit at exit): no longer parked
                    nw.poll_waiters -= 1
            else:
                yield from self.rt.park(reason)
        for t in self.timers:
            self.rt.timers.stop(t)
        return self.state.case


class Endpoint:
    """One end of a virtual TCP connection."""

    def __init__(self, laddr: TCPAddr, raddr: TCPAddr, conn_id: int):
        self.laddr, self.raddr, self.id = laddr, raddr, conn_id
        self.peer: Endpoint | None = None
        self.inbox: deque = deque()
        self.eof = False            # the peer closed: reads return EOF once the inbox is empty
        self.closed = False         # this end closed
        self.waiters: list = []     # (Waiter, case) waiting for something to read
        self.on_eof = None          # callback when this end sees the peer's close (background read)
        self.rbuf = b""             # unread bytes of a raw net.Conn
        self.goroutines = 0         # counted in Network.conn_goroutines while open
        network().open_endpoints += 1

    def add_goroutines(self, n: int) -> None:
        """n goroutines (not simulated as Gs; n < 0: some end) live as long as this end is
        open; closing it ends them all."""
        if not self.closed:
            self.goroutines += n
            network().conn_goroutines += n

    def readable(self) -> bool:
        return bool(self.inbox) or self.eof or self.closed

    def watch(self, w: Waiter, case: int) -> None:
        if self.readable():
            w.fire(case)
        else:
            self.waiters.append((w, case))

    def _wake(self) -> None:
        ws, self.waiters = self.waiters, []
        for w, case in ws:
            w.fire(case)

    def send(self, msg) -> bool:
        if self.closed:
            return False
        peer = self.peer
        after(NETWORK_LATENCY_NS, lambda: peer._deliver(msg), "net")
        return True

    def _deliver(self, msg) -> None:
        if self.closed:
            return
        self.inbox.append(msg)
        self._wake()

    def close(self) -> bool:
        if self.closed:
            return False
        self.closed = True
        nw = network()
        nw.open_endpoints -= 1
        nw.conn_goroutines -= self.goroutines
        self.goroutines = 0
        self._wake()
        if self.on_eof is not None:       # Go: the background read fails, the conn ctx is cancelled
            cb, self.on_eof = self.on_eof, None
            cb()
        peer = self.peer
        after(NETWORK_LATENCY_NS, peer._deliver_eof, "net")
        return True

    def _deliver_eof(self) -> None:
        if self.closed:
            return
        self.eof = True
        self._wake()
        if self.on_eof is not None:
            cb, self.on_eof = self.on_eof, None
            cb()

    def recv(self):
        """A generator: the next message, or None at EOF / after a local close."""
        while not self.readable():
            w = Waiter()
            self.watch(w, 0)
            yield from w.wait(WaitReason.IO_WAIT)
        if self.closed or not self.inbox:
            return None
        return self.inbox.popleft()


def pair(server_port_addr: TCPAddr):
    """A new connection to server_port_addr: (client end, server end)."""
    nw = network()
    nw.next_client_port += 1
    caddr = TCPAddr(LOOPBACK, nw.next_client_port)
    cid = nw.conn_id()
    c = Endpoint(caddr, server_port_addr, cid)
    s = Endpoint(TCPAddr(server_port_addr.ip, server_port_addr.f_Port), caddr, cid)
    c.peer, s.peer = s, c
    return c, s


def split_host_port(address: str):
    """(host, port) or raises ValueError(text of the AddrError)."""
    host, sep, port = address.rpartition(":")
    if not sep:
        raise ValueError("missing port in address")
    if not port.isdigit() or int(port) > 65535:
        raise ValueError("invalid port")
    return host, int(port)


def dial(address: str, op_net: str = "tcp"):
    """A generator: connect to a listener -> (client Endpoint, None) or (None, *OpError)."""
    nw = network()
    try:
        host, port = split_host_port(address)
    except ValueError as e:
        return None, OpError("dial", op_net, None, None, AddrError(str(e), address))
    raddr = TCPAddr(LOOPBACK if host in ("", "localhost", "0.0.0.0") else host, port)
    ln = nw.listeners.get(port)
    w = Waiter()
    w.timer(current().now() + 2 * NETWORK_LATENCY_NS, 0, "net-connect")   # SYN, SYN-ACK
    if ln is None:
        yield from w.wait(WaitReason.IO_WAIT)
        return None, OpError("dial", op_net, None, raddr,
                             SyscallError("connect", errno("ECONNREFUSED")))
    c, s = pair(ln.addr)
    after(NETWORK_LATENCY_NS, lambda: ln._enqueue(s), "net")
    yield from w.wait(WaitReason.IO_WAIT)
    return c, None


from . import netconn  # noqa: E402,F401  (Listener, Conn, Listen, Dial)
