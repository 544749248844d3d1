"""Package net, part 2: Listen/Dial, TCPListener, TCPConn (see netpkg.py for the network model).

A listener's accept queue holds server endpoints whose SYN arrived; Accept parks in "IO wait"
until one arrives or the listener is closed.  Closing a listener resets the connections still
queued (their clients see EOF).
"""
from __future__ import annotations

from collections import deque

from ..runtime.runtime2 import WaitReason
from .iopkg import EOF, fill, raw_bytes
from .netpkg import (LOOPBACK, AddrError, ErrClosed, OpError, SyscallError, TCPAddr, Waiter,
                     dial, errno, event, net, network, split_host_port)

net.type("Listener", "interface{ Accept() (Conn, error); Close() error; Addr() Addr }")
net.type("Conn", "interface{ Read(b []byte) (n int, err error); Write(b []byte) (n int, err error); "
         "Close() error; LocalAddr() Addr; RemoteAddr() Addr }")


@net.type("TCPListener", "struct{}")
class TCPListener:
    __slots__ = ("addr", "queue", "closed", "waiters", "id")
    _go_methods = {"Accept": "func() (Conn, error)", "Close": "func() error", "Addr": "func() Addr"}
    _go_blocking = {"Accept"}

    def __init__(self, addr: TCPAddr | None = None):
        self.addr = addr
        self.queue: deque = deque()
        self.closed = False
        self.waiters: list = []
        self.id = 0

    def Addr(self):
        return self.addr

    def _enqueue(self, endpoint) -> None:
        if self.closed:
            endpoint.close()            # RST: nobody will accept it
            return
        self.queue.append(endpoint)
        ws, self.waiters = self.waiters, []
        for w in ws:
            w.fire(0)

    def accept_endpoint(self):
        """A generator: the next server Endpoint, or None once the listener is closed."""
        while not self.queue and not self.closed:
            w = Waiter()
            self.waiters.append(w)
            yield from w.wait(WaitReason.IO_WAIT)
        if self.closed:
            return None
        return self.queue.popleft()

    def Accept(self):
        ep = yield from self.accept_endpoint()
        if ep is None:
            return None, OpError("accept", "tcp", None, self.addr, ErrClosed)
        return TCPConn(ep), None

    def Close(self):
        if self.closed:
            return OpError("close", "tcp", None, self.addr, ErrClosed)
        self.closed = True
        nw = network()
        if nw.listeners.get(self.addr.f_Port) is self:
            del nw.listeners[self.addr.f_Port]
        event("listener-close", 0, self.addr.String())
        while self.queue:
            self.queue.popleft().close()
        ws, self.waiters = self.waiters, []
        for w in ws:
            w.fire(0)
        return None


@net.type("TCPConn", "struct{}")
class TCPConn:
    """A raw connection: bytes written at one end are read at the other."""
    __slots__ = ("ep",)
    _go_methods = {"Read": "func(b []byte) (n int, err error)",
                   "Write": "func(b []byte) (n int, err error)", "Close": "func() error",
                   "LocalAddr": "func() Addr", "RemoteAddr": "func() Addr"}
    _go_blocking = {"Read"}

    def __init__(self, ep=None):
        self.ep = ep

    def LocalAddr(self):
        return self.ep.laddr

    def RemoteAddr(self):
        return self.ep.raddr

    def Read(self, b):
        ep = self.ep
        while not ep.rbuf:
            msg = yield from ep.recv()
            if msg is None:
                if ep.closed:
                    return 0, OpError("read", "tcp", ep.laddr, ep.raddr, ErrClosed)
                return 0, EOF
            if isinstance(msg, (bytes, bytearray)):
                ep.rbuf += bytes(msg)
        n = fill(b, ep.rbuf)
        ep.rbuf = ep.rbuf[n:]
        return n, None

    def Write(self, b):
        ep = self.ep
        data = raw_bytes(b)
        if ep.closed:
            return 0, OpError("write", "tcp", ep.laddr, ep.raddr, ErrClosed)
        ep.send(data)
        return len(data), None

    def go_write_text(self, text):
        from .gostrconv import go_bytes
        return self.Write(_Bytes(go_bytes(text)))

    def Close(self):
        if not self.ep.close():
            return OpError("close", "tcp", self.ep.laddr, self.ep.raddr, ErrClosed)
        return None


class _Bytes:
    def __init__(self, data):
        self.data = data

    def items(self):
        return self.data


def listen(network_: str, address: str):
    """(TCPListener, None) or (None, *OpError)."""
    nw = network()
    if network_ not in ("tcp", "tcp4", "tcp6"):
        return None, OpError("listen", network_, None, None, AddrError("unknown network", network_))
    try:
        host, port = split_host_port(address)
    except ValueError as e:
        text = str(e)
        port_txt = address.rpartition(":")[2]
        return None, OpError("listen", network_, None, None,
                             AddrError(text, port_txt if text == "invalid port" else address))
    ip = LOOPBACK if host in ("localhost",) else host
    if port == 0:
        while nw.next_port in nw.listeners:
            nw.next_port += 1
        port = nw.next_port
        nw.next_port += 1
    addr = TCPAddr(ip if ip else "[::]", port)
    if port in nw.listeners:
        return None, OpError("listen", network_, None, addr,
                             SyscallError("bind", errno("EADDRINUSE")))
    ln = TCPListener(addr)
    nw.listeners[port] = ln
    event("listen", 0, addr.String())
    return ln, None


@net.func("func Listen(network, address string) (Listener, error)")
def Listen(network_, address):
    return listen(network_, address)


@net.func("func Dial(network, address string) (Conn, error)", blocking=True)
def Dial(network_, address):
    ep, err = yield from dial(address, network_)
    if err is not None:
        return None, err
    return TCPConn(ep), None


@net.func("func JoinHostPort(host, port string) string")
def JoinHostPort(host, port):
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


@net.func("func SplitHostPort(hostport string) (host, port string, err error)")
def SplitHostPort(hostport):
    host, sep, port = hostport.rpartition(":")
    if not sep:
        return "", "", AddrError("missing port in address", hostport)
    return host.strip("[]"), port, None
