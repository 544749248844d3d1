"""Package net/url, part 3: parsing (go1.27 src/net/url/url.go parse, getScheme,
parseAuthority, parseHost).  A failure inside raises ``_ParseError`` carrying the Go error;
``parse`` wraps it in a *url.Error as url.Parse does.
"""
from __future__ import annotations

from .errorspkg import ErrorString
from .gostrconv import quote
from .urlescape import (ENCODE_HOST, ENCODE_USER_PASSWORD, ENCODE_ZONE, URLEscapeError,
                        unescape)
from .urlpkg import URL, Error, Userinfo, url, valid_optional_port


class _ParseError(Exception):
    """A parse failure carrying the Go error value (url.Parse wraps it in a *url.Error)."""

    def __init__(self, err):
        super().__init__()
        self.err = err


def _fail(msg: str):
    raise _ParseError(ErrorString(msg))


def _get_scheme(raw: str) -> tuple[str, str]:
    """url.go getScheme: (scheme, rest); a scheme is [a-zA-Z][a-zA-Z0-9+.-]*."""
    for i, c in enumerate(raw):
        if "a" <= c <= "z" or "A" <= c <= "Z":
            continue
        if "0" <= c <= "9" or c in "+-.":
            if i == 0:
                return "", raw
            continue
        if c == ":":
            if i == 0:
                _fail("missing protocol scheme")
            return raw[:i], raw[i + 1:]
        return "", raw
    return "", raw


def _parse(raw: str, via_request: bool) -> URL:
    """url.go parse; raises _ParseError."""
    if any(c < " " or c == "\x7f" for c in raw):
        _fail("net/url: invalid control character in URL")
    if raw == "" and via_request:
        _fail("empty url")
    u = URL()
    if raw == "*":
        u.f_Path = "*"
        return u
    scheme, rest = _get_scheme(raw)
    u.f_Scheme = scheme.lower()
    if rest.endswith("?") and rest.count("?") == 1:
        u.f_ForceQuery, rest = True, rest[:-1]
    else:
        rest, _, u.f_RawQuery = rest.partition("?")
    if not rest.startswith("/"):
        if u.f_Scheme:
            u.f_Opaque = rest       # rootless paths (RFC 3986) are opaque
            return u
        if via_request:
            _fail("invalid URI for request")
        if ":" in rest.split("/", 1)[0]:
            _fail("first path segment in URL cannot contain colon")
    if (u.f_Scheme or not via_request and not rest.startswith("///")) and rest.startswith("//"):
        authority, slash, path = rest[2:].partition("/")
        rest = slash + path
        u.f_User, u.f_Host = _parse_authority(u.f_Scheme, authority)
    elif u.f_Scheme and rest.startswith("/"):
        u.f_OmitHost = True
    _escaping(u.set_path, rest)
    return u


def _escaping(setter, s: str) -> None:
    try:
        setter(s)
    except URLEscapeError as e:
        raise _ParseError(e.go_error()) from None


def _unescape(s: str, mode: str) -> str:
    try:
        return unescape(s, mode)
    except URLEscapeError as e:
        raise _ParseError(e.go_error()) from None


_USERINFO_OK = frozenset("-._:~!$&'()*+,;=%@")


def _parse_authority(scheme: str, authority: str):
    """url.go parseAuthority -> (*Userinfo or None, host)."""
    i = authority.rfind("@")
    host = _parse_host(scheme, authority[i + 1:] if i >= 0 else authority)
    if i < 0:
        return None, host
    userinfo = authority[:i]
    if not all(c.isascii() and c.isalnum() or c in _USERINFO_OK for c in userinfo):
        _fail("net/url: invalid userinfo")
    if ":" not in userinfo:
        return Userinfo(_unescape(userinfo, ENCODE_USER_PASSWORD)), host
    name, _, password = userinfo.partition(":")
    return Userinfo(_unescape(name, ENCODE_USER_PASSWORD),
                    _unescape(password, ENCODE_USER_PASSWORD), True), host


def _bad_port(colon_port: str):
    _fail(f"invalid port {quote(colon_port)} after host")


def _parse_host(scheme: str, host: str) -> str:
    """url.go parseHost: host[:port], an IP-literal in brackets, or a reg-name."""
    open_idx = host.rfind("[")
    if open_idx > 0:
        _fail("invalid IP-literal")
    if open_idx == 0:
        close_idx = host.rfind("]")
        if close_idx < 0:
            _fail("missing ']' in host")
        colon_port = host[close_idx + 1:]
        if not valid_optional_port(colon_port):
            _bad_port(colon_port)
        colon_port = _unescape(colon_port, ENCODE_HOST)
        hostname = host[1:close_idx]
        zone = hostname.find("%25")
        if zone >= 0:
            name = _unescape(hostname[:zone], ENCODE_HOST) + _unescape(hostname[zone:], ENCODE_ZONE)
        else:
            name = _unescape(hostname, ENCODE_HOST)
        _check_ip_literal(name)
        return "[" + name + "]" + colon_port
    i = host.find(":")
    if i >= 0:
        last = host.rfind(":")
        if last != i and scheme not in ("http", "https"):
            i = last                # databases list hosts: a,b:1 (Go issues 75223, 78077)
        if not valid_optional_port(host[i:]):
            _bad_port(host[i:])
    return _unescape(host, ENCODE_HOST)


def _check_ip_literal(name: str) -> None:
    """Only an IPv6 address may be in brackets (netip.ParseAddr; its detailed messages are not
    ported: a bad address reports ``unable to parse IP``)."""
    import ipaddress
    addr = name.split("%", 1)[0]
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        _fail(f"invalid host: ParseAddr({quote(name)}): unable to parse IP")
    if ip.version == 4:
        _fail("invalid IP-literal")


def parse(s: str):
    """url.Parse: (URL, None) or (None, *url.Error)."""
    raw, hash_, frag = s.partition("#")
    try:
        u = _parse(raw, False)
    except _ParseError as e:
        return None, Error("parse", raw, e.err)
    if not hash_ or not frag:
        return u, None
    try:
        _escaping(u.set_fragment, frag)
    except _ParseError as e:
        return None, Error("parse", s, e.err)
    return u, None


def parse_request_uri(s: str):
    """url.ParseRequestURI: no fragment, only absolute URLs or absolute paths."""
    try:
        return _parse(s, True), None
    except _ParseError as e:
        return None, Error("parse", s, e.err)


@url.func("func Parse(rawURL string) (*URL, error)")
def Parse(rawURL):
    return parse(rawURL)


@url.func("func ParseRequestURI(rawURL string) (*URL, error)")
def ParseRequestURI(rawURL):
    return parse_request_uri(rawURL)
