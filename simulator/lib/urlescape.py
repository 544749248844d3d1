"""Package net/url, part 2: percent-escaping (go1.27 src/net/url/url.go escape, unescape and
gen_encoding_table.go shouldEscape), and the two error types they return.

Go strings are byte strings; here they are Python ``str`` (see gostrconv): escaping works on
the UTF-8 bytes (``go_bytes``) and unescaping builds bytes back into a string (``go_str``), so a
``%FF`` survives as a surrogate escape exactly as Go keeps the invalid byte.

An ``EscapeError`` / ``InvalidHostError`` is a Named string: ``Boxed(url.EscapeError, text)``.
"""
from __future__ import annotations

from ..values import Boxed
from .gostrconv import go_bytes, go_str, quote
from .registry import Package

# The encoding modes of url.go (which section of a URL a string is escaped for).
ENCODE_PATH = "path"
ENCODE_PATH_SEGMENT = "pathSegment"
ENCODE_HOST = "host"
ENCODE_ZONE = "zone"
ENCODE_USER_PASSWORD = "userPassword"
ENCODE_QUERY_COMPONENT = "queryComponent"
ENCODE_FRAGMENT = "fragment"

_UPPERHEX = "0123456789ABCDEF"
_HEX = frozenset(b"0123456789abcdefABCDEF")
_ALNUM = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_HOST_EXTRA = frozenset(b"!$&'()*+,;=:[]<>\"")
_RESERVED = frozenset(b"$&+,/:;=?@")


def should_escape(c: int, mode: str) -> bool:
    """gen_encoding_table.go shouldEscape: whether byte c must be %-escaped in mode."""
    if c in _ALNUM:
        return False
    if mode in (ENCODE_HOST, ENCODE_ZONE) and c in _HOST_EXTRA:
        return False
    if c in b"-_.~":
        return False
    if c in _RESERVED:
        if mode == ENCODE_PATH:
            return c == ord("?")
        if mode == ENCODE_PATH_SEGMENT:
            return c in b"/;,?"
        if mode == ENCODE_USER_PASSWORD:
            return c in b"@/?:"
        if mode == ENCODE_QUERY_COMPONENT:
            return True
        if mode == ENCODE_FRAGMENT:
            return False
    if mode == ENCODE_FRAGMENT and c in b"!()*":
        return False
    return True


def escape(s: str, mode: str) -> str:
    """url.go escape."""
    out = []
    for c in go_bytes(s):
        if c == 0x20 and mode == ENCODE_QUERY_COMPONENT:
            out.append("+")
        elif should_escape(c, mode):
            out.append("%" + _UPPERHEX[c >> 4] + _UPPERHEX[c & 15])
        else:
            out.append(chr(c))
    return "".join(out)


class URLEscapeError(Exception):
    """An unescape failure: ``kind`` is "EscapeError" or "InvalidHostError"; ``text`` its string."""

    def __init__(self, kind: str, text: str):
        super().__init__(text)
        self.kind, self.text = kind, text

    def go_error(self) -> Boxed:
        from ..interp.libload import named_type
        return Boxed(named_type("net/url", self.kind), self.text)


def _unhex(c: int) -> int:
    return 9 * (c >> 6) + (c & 15)


def unescape(s: str, mode: str) -> str:
    """url.go unescape; raises URLEscapeError."""
    b = go_bytes(s)
    n, has_plus, i = 0, False, 0
    while i < len(b):
        c = b[i]
        if c == ord("%"):
            n += 1
            if i + 2 >= len(b) or b[i + 1] not in _HEX or b[i + 2] not in _HEX:
                raise URLEscapeError("EscapeError", go_str(b[i:i + 3]))
            # RFC 3986: in the host %-encoding is only for non-ASCII bytes (and %25, RFC 6874)
            if mode == ENCODE_HOST and _unhex(b[i + 1]) < 8 and b[i:i + 3] != b"%25":
                raise URLEscapeError("EscapeError", go_str(b[i:i + 3]))
            if mode == ENCODE_ZONE:
                v = _unhex(b[i + 1]) << 4 | _unhex(b[i + 2])
                if b[i:i + 3] != b"%25" and v != 0x20 and should_escape(v, ENCODE_HOST):
                    raise URLEscapeError("EscapeError", go_str(b[i:i + 3]))
            i += 3
            continue
        if c == ord("+"):
            has_plus = mode == ENCODE_QUERY_COMPONENT
        elif mode in (ENCODE_HOST, ENCODE_ZONE) and c < 0x80 and should_escape(c, mode):
            raise URLEscapeError("InvalidHostError", chr(c))
        i += 1
    if n == 0 and not has_plus:
        return s
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c == ord("%"):
            out.append(_unhex(b[i + 1]) << 4 | _unhex(b[i + 2]))
            i += 2
        elif c == ord("+"):
            out.append(0x20 if mode == ENCODE_QUERY_COMPONENT else c)
        else:
            out.append(c)
        i += 1
    return go_str(out)


def valid_encoded(s: str, mode: str) -> bool:
    """url.go validEncoded: s needs no escaping (sub-delims, ':', '@', '[', ']', '%' allowed)."""
    for c in go_bytes(s):
        if c in b"!$&'()*+,;=:@[]%":
            continue
        if should_escape(c, mode):
            return False
    return True


def register_escapes(url: Package) -> None:
    """The error types and the escaping functions of package url."""
    url.type("EscapeError", "string")
    url.type("InvalidHostError", "string")

    @url.method("EscapeError", "Error", "func() string")
    def _escape_error(e: str) -> str:
        return "invalid URL escape " + quote(e)

    @url.method("InvalidHostError", "Error", "func() string")
    def _invalid_host_error(e: str) -> str:
        return "invalid character " + quote(e) + " in host name"

    def unescaper(mode):
        def fn(s):
            try:
                return unescape(s, mode), None
            except URLEscapeError as e:
                return "", e.go_error()
        return fn

    url.func("func QueryUnescape(s string) (string, error)")(unescaper(ENCODE_QUERY_COMPONENT))
    url.func("func PathUnescape(s string) (string, error)")(unescaper(ENCODE_PATH_SEGMENT))
    url.func("func QueryEscape(s string) string")(lambda s: escape(s, ENCODE_QUERY_COMPONENT))
    url.func("func PathEscape(s string) string")(lambda s: escape(s, ENCODE_PATH_SEGMENT))
