"""Package net/http, part 3: the server's ResponseWriter (server.go's ``response``).

Writes are buffered (as Go's 4 KB bufio.Writer) and the whole response leaves when the handler
returns (``finish``); the default headers are added then, as ``finishRequest`` does:
Content-Type sniffed from the body (a small subset of DetectContentType), Content-Length, Date.
The header sent is the handler's header as it was at WriteHeader (explicit, or implied by the
first Write or by the handler's return): later changes to w.Header() are not sent.

The connection closes after the reply (``closeAfterReply``) when the request asked for it
(``Connection: close`` or Request.Close), the handler set ``Connection: close``, a
MaxBytesReader hit its limit, or keep-alives are off (SetKeepAlivesEnabled(false), Shutdown);
the response then says ``Connection: close``.
"""
from __future__ import annotations

from ..runtime import current
from .gostrconv import go_bytes
from .httppkg import ResponseMsg, canonical_key, header_copy, header_has_token, hget, hset, http
from .iopkg import raw_bytes

#: DetectContentType's HTML signatures (sniff.go), matched case-insensitively after spaces
_HTML_SIGS = (b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div",
              b"<font", b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br", b"<p",
              b"<!--")


def detect_content_type(data: bytes) -> str:
    """http.DetectContentType for text bodies (HTML, XML, JSON-ish and plain text)."""
    s = data.lstrip(b"\t\n\x0c\r ")
    low = s[:16].lower()
    for sig in _HTML_SIGS:
        if low.startswith(sig) and len(s) > len(sig) and s[len(sig):len(sig) + 1] in (b" ", b">"):
            return "text/html; charset=utf-8"
    if s.startswith(b"<?xml"):
        return "text/xml; charset=utf-8"
    if s.startswith(b"%PDF-"):
        return "application/pdf"
    if any(b < 0x20 and b not in (9, 10, 12, 13, 27) for b in data[:512]):
        return "application/octet-stream"
    return "text/plain; charset=utf-8"


@http.func("func DetectContentType(data []byte) string")
def DetectContentType(data):
    return detect_content_type(raw_bytes(data))


#: net/http's date format (http.TimeFormat)
TIME_FORMAT = "Mon, 02 Jan 2006 15:04:05 GMT"
http.const("TimeFormat", "untyped string", TIME_FORMAT)


def _date() -> str:
    from .logpkg import virtual_wall
    return virtual_wall(current()).strftime("%a, %d %b %Y %H:%M:%S GMT")


@http.type("response", "struct{}")
class Response:
    __slots__ = ("req", "header", "code", "buf", "wrote_header", "sent_header",
                 "close_after_reply")
    _go_methods = {"Header": "func() Header", "Write": "func(b []byte) (int, error)",
                   "WriteHeader": "func(statusCode int)", "Flush": "func()",
                   "WriteString": "func(s string) (int, error)"}

    def __init__(self, req=None):
        self.req = req
        self.header: dict = {}
        self.code = 0
        self.buf = bytearray()
        self.wrote_header = False
        self.sent_header: dict = {}      # the header as it was at WriteHeader (cw.header)
        self.close_after_reply = False

    def Header(self):
        return self.header

    def WriteHeader(self, code):
        if self.wrote_header:
            return
        if code < 100 or code > 999:
            from ..runtime.errors import GoPanic
            raise GoPanic(f"invalid WriteHeader code {code}")
        if 100 <= code <= 199 and code != 101:
            return                      # informational: not the final header
        self.wrote_header = True
        self.code = code
        self.sent_header = header_copy(self.header)

    def request_too_large(self) -> None:
        """requestTooLarge: a MaxBytesReader on this request's body hit its limit."""
        self.close_after_reply = True
        if not self.wrote_header:
            hset(self.header, "Connection", "close")

    def go_write_text(self, text):
        data = go_bytes(text)
        if not self.wrote_header:
            self.WriteHeader(200)
        if self.code in (204, 304):
            return 0, _ERR_BODY_NOT_ALLOWED
        self.buf += data    # a HEAD's too: its Content-Length and Content-Type come from it
        return len(data), None

    def Write(self, b):
        from .gostrconv import go_str
        return self.go_write_text(go_str(raw_bytes(b)))

    def WriteString(self, s):
        return self.go_write_text(s)

    def Flush(self):
        if not self.wrote_header:
            self.WriteHeader(200)

    def finish(self, keepalives: bool = True) -> ResponseMsg:
        """The response as it leaves the server (finishRequest, chunkWriter.writeHeader);
        ``keepalives``: the server's doKeepAlives() (false once shutting down)."""
        if not self.wrote_header:
            self.WriteHeader(200)
        code = self.code or 200
        h = header_copy(self.sent_header)
        if self.buf and not hget(h, "Content-Type") and "Content-Type" not in h:
            hset(h, "Content-Type", detect_content_type(bytes(self.buf[:512])))
        head = self.req is not None and self.req.f_Method == "HEAD"
        if canonical_key("Content-Length") not in h and code not in (204, 304) \
                and (not head or self.buf):
            hset(h, "Content-Length", str(len(self.buf)))
        if "Date" not in h:
            hset(h, "Date", _date())
        closing = (self.close_after_reply or not keepalives or hget(h, "Connection") == "close"
                   or (self.req is not None and self.req.wants_close()))
        if closing and (not keepalives or not header_has_token(h, "Connection", "close")):
            hset(h, "Connection", "close")
        return ResponseMsg(code, h, b"" if head else bytes(self.buf), closing)


def _err_body_not_allowed():
    from .errorspkg import ErrorString
    return ErrorString("http: request method or response status code does not allow body")


_ERR_BODY_NOT_ALLOWED = _err_body_not_allowed()
http.var("ErrBodyNotAllowed", "error", _ERR_BODY_NOT_ALLOWED)
