"""Package net/http, part 4: ServeMux (Go 1.22 patterns), DefaultServeMux, Handle/HandleFunc,
Error, NotFound, Redirect.

A pattern is ``[METHOD ]/path`` where a segment is a literal, ``{name}`` (one segment),
``{name...}`` (the rest) or, after a trailing slash, an anonymous rest (a subtree: "/" matches
everything); ``{$}`` ends an exact match on a trailing slash.  Among the patterns that match,
the most specific wins: segment by segment a literal beats a wildcard beats a subtree, then a
pattern with a method beats one without (a simplification of Go's precedence rules that agrees
with them whenever the patterns do not conflict).  A path that matches only with a method that
differs gets 405 with an Allow header; nothing at all, 404 "404 page not found".

Redirects (server.go findHandler), both 307 Temporary Redirect keeping the query: a path that
is not clean ("//a", "/a/../b") to its cleanPath; and "/tree", when no pattern matches it
exactly (a subtree pattern matching a non-empty rest is inexact), to "/tree/" when that one
matches exactly.
"""
from __future__ import annotations

import posixpath

from ..runtime.errors import GoPanic
from ..values import Boxed
from .dyn import find_method
from .fmtpkg import write_to
from .httppkg import PerRunVar, handler_func, hset, http, serve_http

_LIT, _ONE, _REST = 2, 1, 0


class Pattern:
    def __init__(self, text: str, handler):
        self.text, self.handler = text, handler
        method, sep, path = text.partition(" ")
        if not sep:
            method, path = "", text
        path = path.strip()
        if not path.startswith("/"):
            raise GoPanic(f"parsing {text!r}: host patterns are not simulated")
        self.method = method
        self.segs: list = []          # (kind, literal or wildcard name)
        parts = path[1:].split("/")
        for i, p in enumerate(parts):
            last = i == len(parts) - 1
            if p == "" and last:
                self.segs.append((_REST, ""))
            elif p == "{$}" and last:
                self.segs.append((_LIT, ""))
            elif p.startswith("{") and p.endswith("...}") and last:
                self.segs.append((_REST, p[1:-4]))
            elif p.startswith("{") and p.endswith("}"):
                self.segs.append((_ONE, p[1:-1]))
            else:
                self.segs.append((_LIT, p))
        self.rank = tuple(k for k, _ in self.segs) + (1 if method else 0,)

    def match_path(self, path: str):
        """The wildcard values if path matches, else None."""
        parts = path[1:].split("/")
        vals = {}
        for i, (kind, lit) in enumerate(self.segs):
            if kind == _REST:
                if i >= len(parts):
                    return None
                if lit:
                    vals[lit] = "/".join(parts[i:])
                return vals
            if i >= len(parts):
                return None
            if kind == _LIT and parts[i] != lit:
                return None
            if kind == _ONE:
                if parts[i] == "":
                    return None
                vals[lit] = parts[i]
        return vals if len(parts) == len(self.segs) else None

    def exact(self, path: str) -> bool:
        """exactMatch: no multi wildcard (a trailing slash is one) matched a non-empty rest."""
        kind, _ = self.segs[-1]
        return kind != _REST or path[1:].split("/")[len(self.segs) - 1:] == [""]

    def allows(self, method: str) -> bool:
        return not self.method or self.method == method or (self.method == "GET" and method == "HEAD")


@http.type("ServeMux", "struct{}")
class ServeMux:
    __slots__ = ("patterns",)
    _go_methods = {"Handle": "func(pattern string, handler Handler)",
                   "HandleFunc": "func(pattern string, handler func(ResponseWriter, *Request))",
                   "ServeHTTP": "func(w ResponseWriter, r *Request)",
                   "Handler": "func(r *Request) (h Handler, pattern string)"}
    _go_blocking = {"ServeHTTP"}

    def __init__(self):
        self.patterns: list[Pattern] = []

    def Handle(self, pattern, handler):
        if pattern == "":
            raise GoPanic("http: invalid pattern")
        if handler is None:
            raise GoPanic("http: nil handler")
        if any(p.text == pattern for p in self.patterns):
            raise GoPanic(f"pattern {pattern!r} conflicts with pattern {pattern!r}")
        self.patterns.append(Pattern(pattern, handler))

    def HandleFunc(self, pattern, handler):
        if handler is None:
            raise GoPanic("http: nil handler")
        from ..interp.libload import named_type
        self.Handle(pattern, Boxed(named_type("net/http", "HandlerFunc"), handler))

    def find(self, method: str, path: str):
        """(pattern, wildcard values, allowed methods)"""
        best, best_vals, allowed = None, None, []
        for p in self.patterns:
            vals = p.match_path(path)
            if vals is None:
                continue
            if not p.allows(method):
                allowed.append(p.method)
                continue
            if best is None or p.rank > best.rank:
                best, best_vals = p, vals
        return best, best_vals, allowed

    def find_handler(self, r):
        """server.go findHandler -> (handler, pattern text, wildcard values): the matching
        pattern's handler, or a 307 redirect, a 405 or a 404 handler."""
        method = r.f_Method
        path = r.f_URL.f_Path if r.f_URL is not None else "/"
        query = r.f_URL.f_RawQuery if r.f_URL is not None else ""
        if method != "CONNECT":
            clean = clean_path(path)
            p, vals, allowed = self.find(method, clean)
            if (p is None or not p.exact(clean)) and not clean.endswith("/"):
                q, _, _ = self.find(method, clean + "/")
                if q is not None and q.exact(clean + "/"):
                    return _RedirectHandler(_url_string(clean + "/", query), 307), q.text, {}
            if clean != path:
                return _RedirectHandler(_url_string(clean, query), 307), p.text if p else "", {}
        else:
            p, vals, allowed = self.find(method, path)
        if p is not None:
            return p.handler, p.text, vals
        if allowed:
            ms = sorted(set(allowed) | ({"HEAD"} if "GET" in allowed else set()))
            return _method_not_allowed(", ".join(ms)), "", {}
        return NotFoundHandler(), "", {}

    def Handler(self, r):
        h, pattern, _ = self.find_handler(r)
        return h, pattern

    def ServeHTTP(self, w, r):
        h, r.f_Pattern, r.path_values = self.find_handler(r)
        yield from serve_http(h, w, r)


def path_clean(p: str) -> str:
    """path.Clean."""
    if not p:
        return "."
    np = posixpath.normpath(p)
    return "/" + np.lstrip("/") if np.startswith("//") else np


def clean_path(p: str) -> str:
    """server.go cleanPath: the canonical path, keeping a trailing slash."""
    if not p:
        return "/"
    if p[0] != "/":
        p = "/" + p
    np = path_clean(p)
    if p.endswith("/") and np != "/":
        np += "/"
    return np


def _url_string(path: str, raw_query: str) -> str:
    """url.URL{Path: path, RawQuery: raw_query}.String()"""
    return path + ("?" + raw_query if raw_query else "")


DEFAULT_MUX = PerRunVar("DefaultServeMux", "*ServeMux", ServeMux)
http.vars["DefaultServeMux"] = DEFAULT_MUX


@http.func("func NewServeMux() *ServeMux")
def NewServeMux():
    return ServeMux()


@http.func("func Handle(pattern string, handler Handler)")
def Handle(pattern, handler):
    DEFAULT_MUX.value.Handle(pattern, handler)


@http.func("func HandleFunc(pattern string, handler func(ResponseWriter, *Request))")
def HandleFunc(pattern, handler):
    DEFAULT_MUX.value.HandleFunc(pattern, handler)


def _call(w, name, *args):
    from .dyn import call_sync
    return call_sync(find_method(w, name)(*args))


def _error(w, error, code):
    h = _call(w, "Header")
    h.pop("Content-Length", None)
    hset(h, "Content-Type", "text/plain; charset=utf-8")
    hset(h, "X-Content-Type-Options", "nosniff")
    _call(w, "WriteHeader", code)
    write_to(w, error + "\n")


@http.func("func Error(w ResponseWriter, error string, code int)")
def Error(w, error, code):
    _error(w, error, code)


@http.func("func NotFound(w ResponseWriter, r *Request)")
def NotFound(w, r):
    Error(w, "404 page not found", 404)


def _method_not_allowed(allow: str):
    """findHandler's HandlerFunc for a path that matches only with other methods."""
    def serve(w, r):
        hset(_call(w, "Header"), "Allow", allow)
        _error(w, "Method Not Allowed", 405)
    return handler_func(serve)


@http.func("func NotFoundHandler() Handler")
def NotFoundHandler():
    return handler_func(NotFound)


def _hex_escape_non_ascii(s: str) -> str:
    b = s.encode("utf-8", "surrogateescape")
    return s if b.isascii() else "".join(chr(c) if c < 0x80 else "%%%02X" % c for c in b)


_HTML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"}


def _redirect(w, r, url, code):
    """server.go Redirect: a relative url is made absolute against the request path."""
    from .urlpkg import parse
    u, err = parse(url)
    if err is None and not u.f_Scheme and not u.f_Host:
        oldpath = (r.f_URL.EscapedPath() if r.f_URL is not None else "") or "/"
        if not url.startswith("/"):
            url = oldpath[:oldpath.rfind("/") + 1] + url
        url, q, query = url.partition("?")
        trailing = url.endswith("/")
        url = path_clean(url)
        if trailing and not url.endswith("/"):
            url += "/"
        url += q + query
    h = _call(w, "Header")
    had_ct = "Content-Type" in h
    hset(h, "Location", _hex_escape_non_ascii(url))
    if not had_ct and r.f_Method in ("GET", "HEAD"):
        hset(h, "Content-Type", "text/html; charset=utf-8")
    _call(w, "WriteHeader", code)
    if not had_ct and r.f_Method == "GET":
        from .httppkg import STATUS_TEXT
        href = "".join(_HTML_ESCAPES.get(c, c) for c in url)
        write_to(w, f'<a href="{href}">{STATUS_TEXT.get(code, "")}</a>.\n\n')


@http.func("func Redirect(w ResponseWriter, r *Request, url string, code int)")
def Redirect(w, r, url, code):
    _redirect(w, r, url, code)


@http.type("redirectHandler", "struct{}")
class _RedirectHandler:
    __slots__ = ("url", "code")
    _go_methods = {"ServeHTTP": "func(w ResponseWriter, r *Request)"}

    def __init__(self, url="", code=0):
        self.url, self.code = url, code

    def ServeHTTP(self, w, r):
        _redirect(w, r, self.url, self.code)


@http.func("func RedirectHandler(url string, code int) Handler")
def RedirectHandler(url, code):
    return _RedirectHandler(url, code)

