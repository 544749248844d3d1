"""Package net/http, part 4: ServeMux (Go 1.22 patterns), DefaultServeMux, Handle/HandleFunc,
Error, NotFound, Redirect.

A pattern is ``[METHOD ]/path`` where a segment is a literal, ``{name}`` (one segment),
``{name...}`` (the rest) or, after a trailing slash, an anonymous rest (a subtree: "/" matches
everything); ``{$}`` ends an exact match on a trailing slash.  Among the patterns that match,
the most specific wins: segment by segment a literal beats a wildcard beats a subtree, then a
pattern with a method beats one without (a simplification of Go's precedence rules that agrees
with them whenever the patterns do not conflict).  A path that matches only with a method that
differs gets 405 with an Allow header; nothing at all, 404 "404 page not found".  "/tree"
redirects (301) to "/tree/" when only the subtree is registered.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import Boxed
from .dyn import find_method
from .fmtpkg import write_to
from .httppkg import PerRunVar, hset, http, serve_http

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

    def Handler(self, r):
        p, _, _ = self.find(r.f_Method, r.f_URL.f_Path if r.f_URL is not None else "/")
        return (p.handler, p.text) if p is not None else (NotFoundHandler(), "")

    def ServeHTTP(self, w, r):
        path = r.f_URL.f_Path if r.f_URL is not None else "/"
        p, vals, allowed = self.find(r.f_Method, path)
        if p is None and not allowed and not path.endswith("/"):
            q, _, _ = self.find(r.f_Method, path + "/")
            if q is not None and q.segs and q.segs[-1] == (_REST, "") and len(q.segs) > 1:
                _redirect(w, r, path + "/", 301)
                return
        if p is None:
            if allowed:
                ms = sorted(set(allowed) | ({"HEAD"} if "GET" in allowed else set()))
                hset(find_method(w, "Header")(), "Allow", ", ".join(ms))
                _error(w, "Method Not Allowed", 405)
            else:
                _error(w, "404 page not found", 404)
            return
        r.f_Pattern = p.text
        r.path_values = vals
        yield from serve_http(p.handler, w, r)


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


@http.type("notFoundHandler", "struct{}")
class _NotFoundHandler:
    __slots__ = ()
    _go_methods = {"ServeHTTP": "func(w ResponseWriter, r *Request)"}

    def ServeHTTP(self, w, r):
        NotFound(w, r)


@http.func("func NotFoundHandler() Handler")
def NotFoundHandler():
    return _NotFoundHandler()


def _redirect(w, r, url, code):
    hset(_call(w, "Header"), "Location", url)
    if r.f_Method in ("GET", "HEAD"):
        hset(_call(w, "Header"), "Content-Type", "text/html; charset=utf-8")
    _call(w, "WriteHeader", code)
    if r.f_Method == "GET":
        from .httppkg import STATUS_TEXT
        write_to(w, f'<a href="{url}">{STATUS_TEXT.get(code, "")}</a>.\n\n')


@http.func("func Redirect(w ResponseWriter, r *Request, url string, code int)")
def Redirect(w, r, url, code):
    _redirect(w, r, url, code)

