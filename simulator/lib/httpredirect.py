"""Package net/http, part 7: the client's redirect rules (go1.27 src/net/http/client.go):
redirectBehavior, resolving the Location against the request URL, which headers a hop copies,
and draining the body of a redirect response that is followed.  Client.Do (httpclient.py)
drives the loop.
"""
from __future__ import annotations

from .dyn import unbox
from .gostrconv import quote
from .httppkg import Body, NoBody
from .iopkg import read_all
from .urlpkg import parse

#: client.go maxBodySlurpSize: a redirect's body up to this size is read so the conn is reused
MAX_BODY_SLURP_SIZE = 2 << 10
#: headers a redirect does not copy to another host (sensitive) or when the body is dropped
SENSITIVE_HEADERS = frozenset(("Authorization", "Www-Authenticate", "Cookie", "Cookie2",
                               "Proxy-Authorization", "Proxy-Authenticate"))
BODY_HEADERS = frozenset(("Content-Encoding", "Content-Language", "Content-Location",
                          "Content-Type"))


def url_error_op(method: str) -> str:
    return method[:1] + method[1:].lower() if method else "Get"


def redirect_behavior(method: str, resp, ireq):
    """client.go redirectBehavior -> (method of the next hop, follow?, resend the body?)."""
    code = resp.f_StatusCode
    if code in (301, 302, 303):
        return ("GET" if method not in ("GET", "HEAD") else method), True, False
    if code in (307, 308):
        has_body = ireq.f_Body is not None and ireq.f_Body is not NoBody
        return method, not (has_body and not ireq.get_body), True
    return "", False, False


def resolve(base, ref: str):
    """base.Parse(ref): ref resolved against base (url.ResolveReference) -> (URL, err)."""
    u, err = parse(ref)
    if err is not None:
        return None, err
    if u.f_Scheme:
        return u, None
    u.f_Scheme = base.f_Scheme
    if u.f_Host:
        return u, None
    u.f_Host = base.f_Host
    if not u.f_Path:
        u.f_Path = base.f_Path
        if not u.f_RawQuery:
            u.f_RawQuery = base.f_RawQuery
        return u, None
    path = u.f_Path if u.f_Path.startswith("/") else base.f_Path.rsplit("/", 1)[0] + "/" + u.f_Path
    out: list = []
    segs = path.split("/")[1:]
    for i, seg in enumerate(segs):
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
        if seg in (".", "..") and i == len(segs) - 1:
            out.append("")                     # "a/.." and "a/." keep their trailing slash
    u.f_Path = "/" + "/".join(out)
    return u, None


def quote_(s: str) -> str:
    return quote(s)


def discard(body):
    """A generator: io.CopyN(io.Discard, body, maxBodySlurpSize), errors ignored."""
    x = unbox(body)
    if isinstance(x, Body):
        x.pos = min(len(x.data), x.pos + MAX_BODY_SLURP_SIZE)
        if x.pos >= len(x.data):
            x._done(True)
        return
    yield from read_all(body)
