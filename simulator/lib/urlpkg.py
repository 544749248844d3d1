"""Package net/url (minimal): URL (Parse, String, Query, Hostname, Port), Values, Error, and the
query escaping functions.

``url.Error`` is what every http.Client error is: ``Get "http://127.0.0.1:8080/slow": EOF``
(Op, then the URL quoted with strconv.Quote, then the cause); it unwraps to the cause.
"""
from __future__ import annotations

from urllib.parse import quote as _pyquote, unquote_plus as _unquote_plus

from ..values import GoSlice
from .dyn import call_sync, find_method
from .errorspkg import ErrorString, error_text
from .gostrconv import quote
from .libstruct import LibStruct
from .registry import Package

url = Package("net/url")


@url.type("Error", "struct{ Op string; URL string; Err error }")
class Error(LibStruct):
    __slots__ = ("f_Op", "f_URL", "f_Err")
    _fields = ("f_Op", "f_URL", "f_Err")
    _go_methods = {"Error": "func() string", "Unwrap": "func() error",
                   "Timeout": "func() bool", "Temporary": "func() bool"}

    def __init__(self, op: str = "", url_: str = "", err=None):
        self.f_Op, self.f_URL, self.f_Err = op, url_, err

    def Error(self):
        return f"{self.f_Op} {quote(self.f_URL)}: {error_text(self.f_Err)}"

    def Unwrap(self):
        return self.f_Err

    def _ask(self, name):
        m = find_method(self.f_Err, name)
        return bool(call_sync(m())) if m is not None else False

    def Timeout(self):
        return self._ask("Timeout")

    def Temporary(self):
        return self._ask("Temporary")


url.type("Values", "map[string][]string")


def _vals(v, key):
    s = (v or {}).get(key)
    return list(s) if s is not None else []


@url.method("Values", "Get", "func(key string) string")
def _values_get(v, key):
    s = _vals(v, key)
    return s[0] if s else ""


@url.method("Values", "Set", "func(key, value string)")
def _values_set(v, key, value):
    v[key] = GoSlice([value])


@url.method("Values", "Add", "func(key, value string)")
def _values_add(v, key, value):
    v[key] = GoSlice(_vals(v, key) + [value])


@url.method("Values", "Del", "func(key string)")
def _values_del(v, key):
    v.pop(key, None)


@url.method("Values", "Has", "func(key string) bool")
def _values_has(v, key):
    return key in (v or {})


@url.method("Values", "Encode", "func() string")
def _values_encode(v):
    parts = []
    for k in sorted(v or {}):
        for x in _vals(v, k):
            parts.append(QueryEscape(k) + "=" + QueryEscape(x))
    return "&".join(parts)


def parse_query(q: str) -> dict:
    out: dict = {}
    for part in q.split("&"):
        if not part:
            continue
        k, _, val = part.partition("=")
        k, val = _unquote_plus(k), _unquote_plus(val)
        out[k] = GoSlice(_vals(out, k) + [val])
    return out


@url.func("func ParseQuery(query string) (Values, error)")
def ParseQuery(query):
    return parse_query(query), None


@url.func("func QueryEscape(s string) string")
def QueryEscape(s):
    return _pyquote(s, safe="-_.~").replace("%20", "+")


@url.func("func PathEscape(s string) string")
def PathEscape(s):
    return _pyquote(s, safe="-_.~$&+=:@")


@url.func("func QueryUnescape(s string) (string, error)")
def QueryUnescape(s):
    return _unquote_plus(s), None


@url.type("URL", "struct{ Scheme string; Opaque string; Host string; Path string; "
          "RawPath string; RawQuery string; Fragment string }")
class URL(LibStruct):
    __slots__ = ("f_Scheme", "f_Opaque", "f_Host", "f_Path", "f_RawPath", "f_RawQuery", "f_Fragment")
    _fields = __slots__
    _go_methods = {"String": "func() string", "Query": "func() Values",
                   "Hostname": "func() string", "Port": "func() string",
                   "RequestURI": "func() string", "EscapedPath": "func() string",
                   "IsAbs": "func() bool"}

    def __init__(self):
        for f in self.__slots__:
            setattr(self, f, "")

    def String(self):
        s = ""
        if self.f_Scheme:
            s += self.f_Scheme + ":"
        if self.f_Opaque:
            s += self.f_Opaque
        else:
            if self.f_Scheme or self.f_Host:
                s += "//" + self.f_Host
            s += self.f_Path
        if self.f_RawQuery:
            s += "?" + self.f_RawQuery
        if self.f_Fragment:
            s += "#" + self.f_Fragment
        return s

    def Query(self):
        return parse_query(self.f_RawQuery)

    def Hostname(self):
        h = self.f_Host
        if h.startswith("["):
            return h[1:h.find("]")]
        return h.rsplit(":", 1)[0] if ":" in h else h

    def Port(self):
        h = self.f_Host
        i = h.rfind(":")
        return h[i + 1:] if i >= 0 and "]" not in h[i:] else ""

    def EscapedPath(self):
        return self.f_RawPath or self.f_Path

    def RequestURI(self):
        p = self.f_Opaque or self.EscapedPath() or "/"
        return p + ("?" + self.f_RawQuery if self.f_RawQuery else "")

    def IsAbs(self):
        return self.f_Scheme != ""

    def __repr__(self):
        return f"url.URL({self.String()!r})"


def _perr(s: str, msg: str):
    return Error("parse", s, ErrorString(msg))


def parse(s: str):
    """url.Parse: (URL, None) or (None, *url.Error)."""
    u = URL()
    rest = s
    if "#" in rest:
        rest, u.f_Fragment = rest.split("#", 1)
    i = 0
    while i < len(rest) and (rest[i].isalnum() or rest[i] in "+-."):
        i += 1
    if i < len(rest) and rest[i] == ":":
        if i == 0:
            return None, _perr(s, "missing protocol scheme")
        if rest[0].isalpha():
            u.f_Scheme, rest = rest[:i].lower(), rest[i + 1:]
    if "?" in rest:
        rest, u.f_RawQuery = rest.split("?", 1)
    if rest.startswith("//") and (u.f_Scheme or True):
        rest = rest[2:]
        j = rest.find("/")
        u.f_Host, rest = (rest, "") if j < 0 else (rest[:j], rest[j:])
    elif u.f_Scheme and not rest.startswith("/"):
        u.f_Opaque, rest = rest, ""
    u.f_Path = rest
    return u, None


@url.func("func Parse(rawURL string) (*URL, error)")
def Parse(rawURL):
    return parse(rawURL)
