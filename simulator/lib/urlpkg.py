"""Package net/url (go1.27 src/net/url/url.go): URL, Userinfo, Values, Error.  Escaping is in
urlescape.py, parsing in urlparsing.py.

A URL keeps Path and Fragment decoded; RawPath / RawFragment hold the original encoding only
when it differs from the default one, and String uses EscapedPath / EscapedFragment.

``url.Error`` is what every http.Client error is: ``Get "http://127.0.0.1:8080/slow": EOF``
(Op, then the URL quoted with strconv.Quote, then the cause); it unwraps to the cause.
"""
from __future__ import annotations

from ..values import GoSlice
from .dyn import call_sync, find_method
from .errorspkg import ErrorString, error_text
from .gostrconv import quote
from .libstruct import LibStruct
from .registry import Package
from .urlescape import (ENCODE_FRAGMENT, ENCODE_HOST, ENCODE_PATH, ENCODE_QUERY_COMPONENT,
                        ENCODE_USER_PASSWORD, URLEscapeError, escape, register_escapes,
                        unescape, valid_encoded)

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
            parts.append(escape(k, ENCODE_QUERY_COMPONENT) + "=" + escape(x, ENCODE_QUERY_COMPONENT))
    return "&".join(parts)


def parse_query(q: str) -> dict:
    """url.go parseQuery, errors dropped (URL.Query)."""
    return parse_query_err(q)[0]


def parse_query_err(q: str):
    """url.go parseQuery -> (values, first error or None)."""
    out: dict = {}
    err = None
    for key in q.split("&") if q else ():
        if ";" in key:
            err = ErrorString("invalid semicolon separator in query")
            continue
        if not key:
            continue
        k, _, val = key.partition("=")
        try:
            k, val = unescape(k, ENCODE_QUERY_COMPONENT), unescape(val, ENCODE_QUERY_COMPONENT)
        except URLEscapeError as e:
            err = err or e.go_error()
            continue
        out[k] = GoSlice(_vals(out, k) + [val])
    return out, err


@url.func("func ParseQuery(query string) (Values, error)")
def ParseQuery(query):
    return parse_query_err(query)


register_escapes(url)


# -- Userinfo -------------------------------------------------------------------------------------
@url.type("Userinfo", "struct{ username string; password string; passwordSet bool }")
class Userinfo(LibStruct):
    """An immutable username and optional password.  Its methods accept a nil receiver, as
    Go's do: they are impls (below) that compiled code calls with the pointer, None or not."""
    __slots__ = ("username", "password", "passwordSet")
    _go_nil_recv = ("Username", "Password", "String")

    def __init__(self, username: str = "", password: str = "", password_set: bool = False):
        self.username, self.password, self.passwordSet = username, password, password_set

    # (found by attribute when a non-nil *Userinfo is an interface value: fmt's Stringer)
    def Username(self):
        return userinfo_username(self)

    def Password(self):
        return userinfo_password(self)

    def String(self):
        return userinfo_string(self)


@url.method("Userinfo", "Username", "func() string")
def userinfo_username(u) -> str:
    return u.username if u is not None else ""


@url.method("Userinfo", "Password", "func() (string, bool)")
def userinfo_password(u):
    return (u.password, u.passwordSet) if u is not None else ("", False)


@url.method("Userinfo", "String", "func() string")
def userinfo_string(u) -> str:
    """"username[:password]", escaped."""
    if u is None:
        return ""
    s = escape(u.username, ENCODE_USER_PASSWORD)
    if u.passwordSet:
        s += ":" + escape(u.password, ENCODE_USER_PASSWORD)
    return s


@url.func("func User(username string) *Userinfo")
def User(username):
    return Userinfo(username)


@url.func("func UserPassword(username, password string) *Userinfo")
def UserPassword(username, password):
    return Userinfo(username, password, True)


# -- URL ------------------------------------------------------------------------------------------
@url.type("URL", "struct{ Scheme string; Opaque string; User *Userinfo; Host string; Path string; "
          "Fragment string; RawQuery string; RawPath string; RawFragment string; "
          "ForceQuery bool; OmitHost bool }")
class URL(LibStruct):
    """url.URL; Path and Fragment are decoded, RawPath / RawFragment hold the original
    encoding only when it differs from the default one (setPath / setFragment)."""
    __slots__ = ("f_Scheme", "f_Opaque", "f_User", "f_Host", "f_Path", "f_Fragment", "f_RawQuery",
                 "f_RawPath", "f_RawFragment", "f_ForceQuery", "f_OmitHost")
    _fields = __slots__
    _go_methods = {"String": "func() string", "Query": "func() Values",
                   "Hostname": "func() string", "Port": "func() string",
                   "RequestURI": "func() string", "EscapedPath": "func() string",
                   "EscapedFragment": "func() string", "IsAbs": "func() bool",
                   "Redacted": "func() string"}

    def __init__(self):
        for f in self.__slots__:
            setattr(self, f, "")
        self.f_User, self.f_ForceQuery, self.f_OmitHost = None, False, False

    def set_path(self, p: str) -> None:
        """url.go setPath; raises URLEscapeError."""
        self.f_Path = unescape(p, ENCODE_PATH)
        self.f_RawPath = "" if escape(self.f_Path, ENCODE_PATH) == p else p

    def set_fragment(self, f: str) -> None:
        self.f_Fragment = unescape(f, ENCODE_FRAGMENT)
        self.f_RawFragment = "" if escape(self.f_Fragment, ENCODE_FRAGMENT) == f else f

    def EscapedPath(self):
        if self.f_RawPath and valid_encoded(self.f_RawPath, ENCODE_PATH):
            try:
                if unescape(self.f_RawPath, ENCODE_PATH) == self.f_Path:
                    return self.f_RawPath
            except URLEscapeError:
                pass
        if self.f_Path == "*":
            return "*"              # don't escape (Go issue 11202)
        return escape(self.f_Path, ENCODE_PATH)

    def EscapedFragment(self):
        if self.f_RawFragment and valid_encoded(self.f_RawFragment, ENCODE_FRAGMENT):
            try:
                if unescape(self.f_RawFragment, ENCODE_FRAGMENT) == self.f_Fragment:
                    return self.f_RawFragment
            except URLEscapeError:
                pass
        return escape(self.f_Fragment, ENCODE_FRAGMENT)

    def String(self):
        buf = ""
        if self.f_Scheme:
            buf += self.f_Scheme + ":"
        if self.f_Opaque:
            buf += self.f_Opaque
        else:
            user, host = self.f_User, self.f_Host
            if (self.f_Scheme or host or user is not None) and not (
                    self.f_OmitHost and not host and user is None):
                if host or self.f_Path or user is not None:
                    buf += "//"
                if user is not None:
                    buf += userinfo_string(user) + "@"
                buf += escape(host, ENCODE_HOST)
            path = self.EscapedPath()
            if self.f_OmitHost and not host and user is None and path.startswith("//"):
                buf += "%2F"        # so that re-parsing does not make the path an authority
                path = path[1:]
            if path and path[0] != "/" and host:
                buf += "/"
            if not buf and ":" in path.split("/", 1)[0]:
                buf += "./"         # RFC 3986 4.2: "this:that" would read as a scheme
            buf += path
        if self.f_ForceQuery or self.f_RawQuery:
            buf += "?" + self.f_RawQuery
        if self.f_Fragment:
            buf += "#" + self.EscapedFragment()
        return buf

    def Redacted(self):
        if self.f_User is None or not self.f_User.passwordSet:
            return self.String()
        ru = self._copy()
        ru.f_User = Userinfo(self.f_User.username, "xxxxx", True)
        return ru.String()

    def Query(self):
        return parse_query(self.f_RawQuery)

    def Hostname(self):
        return split_host_port(self.f_Host)[0]

    def Port(self):
        return split_host_port(self.f_Host)[1]

    def RequestURI(self):
        result = self.f_Opaque
        if not result:
            result = self.EscapedPath() or "/"
        elif result.startswith("//"):
            result = self.f_Scheme + ":" + result
        if self.f_ForceQuery or self.f_RawQuery:
            result += "?" + self.f_RawQuery
        return result

    def IsAbs(self):
        return self.f_Scheme != ""

    def __repr__(self):
        return f"url.URL({self.String()!r})"


def split_host_port(host_port: str) -> tuple[str, str]:
    """url.go splitHostPort: the port must be numeric, else it all is the host."""
    host, port = host_port, ""
    colon = host.rfind(":")
    if colon >= 0 and valid_optional_port(host[colon:]):
        host, port = host[:colon], host[colon + 1:]
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host, port


def valid_optional_port(port: str) -> bool:
    """port is "" or matches /^:[0-9]*$/."""
    return port == "" or (port[0] == ":" and all("0" <= c <= "9" for c in port[1:]))


from .urlparsing import parse, parse_request_uri  # noqa: E402,F401  (needs URL above)
