"""Package strings (go1.27) on Python str.

Go strings are bytes: every index a function takes or returns is a BYTE offset into the UTF-8
encoding (``byte_index``).  Case mapping is per rune with Unicode *simple* mappings (as Go's
unicode.ToUpper), not Python's full mappings (``"ß".upper() == "SS"``).  Functions taking a Go
func (``Map``, ``FieldsFunc``, ``TrimFunc``...) run it with ``dyn.call_sync``.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .dyn import call_sync
from .gostrconv import RUNE_ERROR, go_bytes, go_str
from .libstruct import LibStruct
from .registry import Package

strings = Package("strings")


def byte_index(s: str, i: int) -> int:
    """The byte offset of character index i of s (-1 stays -1)."""
    if i <= 0 or s.isascii():
        return i
    return len(go_bytes(s[:i]))


def _slice(items: list | None) -> GoSlice | None:
    return None if items is None else GoSlice(items)


def is_space(c: str) -> bool:
    """unicode.IsSpace."""
    o = ord(c)
    if o < 0x100:
        return c in "\t\n\v\f\r \x85\xa0"
    return c.isspace() and o not in (0x1C, 0x1D, 0x1E, 0x1F)


def to_upper_rune(c: str) -> str:
    u = c.upper()
    return u if len(u) == 1 else c


def to_lower_rune(c: str) -> str:
    if c == "\u0130":
        return "i"
    u = c.lower()
    return u if len(u) == 1 else c


def _rune(c: str) -> int:
    """The rune Go's range gives for character c: an invalid UTF-8 byte (a surrogate escape) is
    utf8.RuneError."""
    o = ord(c)
    return RUNE_ERROR if 0xDC80 <= o <= 0xDCFF else o


def _valid_char(c: str) -> str:
    """c, or U+FFFD for an invalid byte (what Map-based functions write)."""
    return "\ufffd" if 0xDC80 <= ord(c) <= 0xDCFF else c


def _pred(f):
    return lambda c: bool(call_sync(f(_rune(c))))


@strings.func("func Contains(s, substr string) bool")
def Contains(s, substr):
    return substr in s


@strings.func("func ContainsAny(s, chars string) bool")
def ContainsAny(s, chars):
    return any(c in s for c in chars)


@strings.func("func ContainsRune(s string, r rune) bool")
def ContainsRune(s, r):
    return IndexRune(s, r) >= 0


@strings.func("func ContainsFunc(s string, f func(rune) bool) bool")
def ContainsFunc(s, f):
    return IndexFunc(s, f) >= 0


@strings.func("func HasPrefix(s, prefix string) bool")
def HasPrefix(s, prefix):
    return s.startswith(prefix)


@strings.func("func HasSuffix(s, suffix string) bool")
def HasSuffix(s, suffix):
    return s.endswith(suffix)


@strings.func("func Index(s, substr string) int")
def Index(s, substr):
    return byte_index(s, s.find(substr))


@strings.func("func LastIndex(s, substr string) int")
def LastIndex(s, substr):
    return byte_index(s, s.rfind(substr))


@strings.func("func IndexByte(s string, c byte) int")
def IndexByte(s, c):
    return go_bytes(s).find(bytes([c & 0xFF]))


@strings.func("func LastIndexByte(s string, c byte) int")
def LastIndexByte(s, c):
    return go_bytes(s).rfind(bytes([c & 0xFF]))


@strings.func("func IndexRune(s string, r rune) int")
def IndexRune(s, r):
    if r == RUNE_ERROR:         # a U+FFFD or the first invalid byte
        return byte_index(s, next((i for i, c in enumerate(s) if _rune(c) == RUNE_ERROR), -1))
    if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return -1
    return byte_index(s, s.find(chr(r)))


@strings.func("func IndexAny(s, chars string) int")
def IndexAny(s, chars):
    for i, c in enumerate(s):
        if c in chars:
            return byte_index(s, i)
    return -1


@strings.func("func LastIndexAny(s, chars string) int")
def LastIndexAny(s, chars):
    for i in range(len(s) - 1, -1, -1):
        if s[i] in chars:
            return byte_index(s, i)
    return -1


@strings.func("func IndexFunc(s string, f func(rune) bool) int")
def IndexFunc(s, f):
    p = _pred(f)
    for i, c in enumerate(s):
        if p(c):
            return byte_index(s, i)
    return -1


def _explode(s: str, n: int) -> list[str]:
    chars = list(s)
    if n < 0 or n > len(chars):
        n = len(chars)
    if n == 0:
        return []
    return chars[:n - 1] + ["".join(chars[n - 1:])]


def _gen_split(s: str, sep: str, after: bool, n: int):
    if n == 0:
        return None
    if sep == "":
        return _explode(s, n)
    if n < 0:
        n = s.count(sep) + 1
    out = []
    while len(out) < n - 1:
        i = s.find(sep)
        if i < 0:
            break
        out.append(s[:i + len(sep)] if after else s[:i])
        s = s[i + len(sep):]
    out.append(s)
    return out


@strings.func("func Split(s, sep string) []string")
def Split(s, sep):
    return _slice(_gen_split(s, sep, False, -1))


@strings.func("func SplitN(s, sep string, n int) []string")
def SplitN(s, sep, n):
    return _slice(_gen_split(s, sep, False, n))


@strings.func("func SplitAfter(s, sep string) []string")
def SplitAfter(s, sep):
    return _slice(_gen_split(s, sep, True, -1))


@strings.func("func SplitAfterN(s, sep string, n int) []string")
def SplitAfterN(s, sep, n):
    return _slice(_gen_split(s, sep, True, n))


def _fields(s: str, sep) -> GoSlice:
    out, cur, in_field = [], [], False
    for c in s:
        if sep(c):
            if in_field:
                out.append("".join(cur))
                cur, in_field = [], False
        else:
            cur.append(c)
            in_field = True
    if in_field:
        out.append("".join(cur))
    return GoSlice(out)


@strings.func("func Fields(s string) []string")
def Fields(s):
    return _fields(s, is_space)


@strings.func("func FieldsFunc(s string, f func(rune) bool) []string")
def FieldsFunc(s, f):
    return _fields(s, _pred(f))


@strings.func("func Join(elems []string, sep string) string")
def Join(elems, sep):
    return sep.join(elems.items()) if elems is not None else ""


@strings.func("func Repeat(s string, count int) string")
def Repeat(s, count):
    if count < 0:
        raise GoPanic("strings: negative Repeat count")
    return s * count


@strings.func("func Replace(s, old, new string, n int) string")
def Replace(s, old, new, n):
    return s.replace(old, new, n if n >= 0 else -1)


@strings.func("func ReplaceAll(s, old, new string) string")
def ReplaceAll(s, old, new):
    return s.replace(old, new)


@strings.func("func ToUpper(s string) string")
def ToUpper(s):
    return s.upper() if s.isascii() else "".join(to_upper_rune(_valid_char(c)) for c in s)


@strings.func("func ToLower(s string) string")
def ToLower(s):
    return s.lower() if s.isascii() else "".join(to_lower_rune(_valid_char(c)) for c in s)


def _is_separator(c: str) -> bool:
    if ord(c) < 0x80:
        return not (c.isalnum() or c == "_")
    if c.isalpha() or c.isdigit():
        return False
    return is_space(c)


@strings.func("func Title(s string) string")
def Title(s):
    out, prev = [], " "
    for c in s:
        t = c.title()
        out.append(t if _is_separator(prev) and len(t) == 1 else c)
        prev = c
    return "".join(out)


@strings.func("func Map(mapping func(rune) rune, s string) string")
def Map(mapping, s):
    out = []
    for c in s:
        r = call_sync(mapping(_rune(c)))
        if r >= 0:
            out.append(chr(r if r <= 0x10FFFF and not 0xD800 <= r <= 0xDFFF else RUNE_ERROR))
    return "".join(out)


@strings.func("func TrimSpace(s string) string")
def TrimSpace(s):
    start, end = 0, len(s)
    while start < end and is_space(s[start]):
        start += 1
    while end > start and is_space(s[end - 1]):
        end -= 1
    return s[start:end]


@strings.func("func Trim(s, cutset string) string")
def Trim(s, cutset):
    return s.strip(cutset) if cutset else s


@strings.func("func TrimLeft(s, cutset string) string")
def TrimLeft(s, cutset):
    return s.lstrip(cutset) if cutset else s


@strings.func("func TrimRight(s, cutset string) string")
def TrimRight(s, cutset):
    return s.rstrip(cutset) if cutset else s


@strings.func("func TrimFunc(s string, f func(rune) bool) string")
def TrimFunc(s, f):
    return TrimRightFunc(TrimLeftFunc(s, f), f)


@strings.func("func TrimLeftFunc(s string, f func(rune) bool) string")
def TrimLeftFunc(s, f):
    p = _pred(f)
    i = 0
    while i < len(s) and p(s[i]):
        i += 1
    return s[i:]


@strings.func("func TrimRightFunc(s string, f func(rune) bool) string")
def TrimRightFunc(s, f):
    p = _pred(f)
    i = len(s)
    while i > 0 and p(s[i - 1]):
        i -= 1
    return s[:i]


@strings.func("func TrimPrefix(s, prefix string) string")
def TrimPrefix(s, prefix):
    return s[len(prefix):] if prefix and s.startswith(prefix) else s


@strings.func("func TrimSuffix(s, suffix string) string")
def TrimSuffix(s, suffix):
    return s[:len(s) - len(suffix)] if suffix and s.endswith(suffix) else s


@strings.func("func Count(s, substr string) int")
def Count(s, substr):
    return s.count(substr)


def _fold(c: str) -> str:
    return to_lower_rune(to_upper_rune(c))


@strings.func("func EqualFold(s, t string) bool")
def EqualFold(s, t):
    return len(s) == len(t) and all(a == b or _fold(a) == _fold(b) for a, b in zip(s, t))


@strings.func("func Compare(a, b string) int")
def Compare(a, b):
    x, y = go_bytes(a), go_bytes(b)
    return (x > y) - (x < y)


@strings.func("func Cut(s, sep string) (before, after string, found bool)")
def Cut(s, sep):
    i = s.find(sep)
    if i >= 0:
        return s[:i], s[i + len(sep):], True
    return s, "", False


@strings.func("func CutPrefix(s, prefix string) (after string, found bool)")
def CutPrefix(s, prefix):
    if s.startswith(prefix):
        return s[len(prefix):], True
    return s, False


@strings.func("func CutSuffix(s, suffix string) (before string, found bool)")
def CutSuffix(s, suffix):
    if s.endswith(suffix):
        return s[:len(s) - len(suffix)], True
    return s, False


@strings.type("Builder", "struct{}")
class Builder(LibStruct):
    """strings.Builder; the zero value is ready to use.  Holds bytes, so WriteByte of part of a
    UTF-8 sequence works as in Go.

    ``_addr`` is Go's ``addr``: None until the first write (or Grow) records the builder itself.
    A copy keeps the original's, so writing to a copy of a non-zero Builder panics (copyCheck);
    a copy of a zero Builder is a Builder of its own."""
    __slots__ = ("_buf", "_addr")
    _fields = ()
    _owned = ("_buf",)
    _go_methods = {
        "WriteString": "func(s string) (int, error)", "WriteByte": "func(c byte) error",
        "WriteRune": "func(r rune) (int, error)", "Write": "func(p []byte) (int, error)",
        "String": "func() string", "Len": "func() int", "Cap": "func() int", "Reset": "func()",
        "Grow": "func(n int)",
    }

    def __init__(self):
        self._buf = bytearray()
        self._addr = None

    def _copy_check(self) -> None:
        a = self._addr
        if a is None:
            self._addr = self
        elif a is not self:
            raise GoPanic("strings: illegal use of non-zero Builder copied by value")

    def go_write_text(self, text: str):
        self._copy_check()
        b = go_bytes(text)
        self._buf += b
        return len(b), None

    def WriteString(self, s):
        return self.go_write_text(s)

    def WriteByte(self, c):
        self._copy_check()
        self._buf.append(c & 0xFF)
        return None

    def WriteRune(self, r):
        if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
            r = RUNE_ERROR
        return self.go_write_text(chr(r))

    def Write(self, p):
        self._copy_check()
        data = bytes(x & 0xFF for x in (p.items() if p is not None else ()))
        self._buf += data
        return len(data), None

    def String(self):
        return go_str(self._buf)

    def Len(self):
        return len(self._buf)

    def Cap(self):
        return len(self._buf)

    def Reset(self):
        self._buf = bytearray()
        self._addr = None

    def Grow(self, n):
        self._copy_check()
        if n < 0:
            raise GoPanic("strings.Builder.Grow: negative count")


#: the algorithms NewReplacer picks (replace.go build): one pattern of 2+ bytes; only 1-byte
#: patterns and replacements; only 1-byte patterns; anything else
SINGLE, BYTE, BYTE_STRING, GENERIC = range(4)


@strings.type("Replacer", "struct{}")
class Replacer(LibStruct):
    """strings.NewReplacer on bytes, as replace.go's replacers: at each byte position the first
    pair in argument order whose old string matches wins; replacements do not overlap.  An empty
    old string matches at every byte position (even inside a multi-byte rune), but not twice in
    a row at the same one.  ``kind`` is the algorithm Go picks: they replace alike but
    WriteString writes in different pieces (observable by the writer)."""
    __slots__ = ("_pairs", "_kind")
    _fields = ()
    _go_methods = {"Replace": "func(s string) string",
                   "WriteString": "func(w io.Writer, s string) (n int, err error)"}
    _go_blocking = {"WriteString"}

    def __init__(self, pairs=()):
        self._pairs = [(go_bytes(o), go_bytes(n)) for o, n in pairs]
        self._kind = _replacer_kind(self._pairs)

    def _matches(self, b: bytes):
        """(position, old length, new bytes) of each replacement, left to right."""
        pairs = self._pairs
        i, prev_empty = 0, False
        while i <= len(b):
            match = None
            for old, new in pairs:
                if not old and prev_empty:
                    continue
                if b.startswith(old, i):
                    match = old, new
                    break
            prev_empty = match is not None and not match[0]
            if match is None:
                i += 1
                continue
            yield i, len(match[0]), match[1]
            i += len(match[0])

    def _replace_bytes(self, b: bytes) -> bytes:
        out, last = [], 0
        for i, k, new in self._matches(b):
            out += (b[last:i], new)
            last = i + k
        out.append(b[last:])
        return b"".join(out)

    def Replace(self, s):
        if not self._pairs:
            return s
        return go_str(self._replace_bytes(go_bytes(s)))

    def _pieces(self, b: bytes):
        """The writes WriteString makes: (bytes, via_write) where via_write means w.Write
        rather than the StringWriter path (the byte replacers write replacements so, and
        write no empty gaps; byteReplacer skips bytes that map to themselves)."""
        kind = self._kind
        by_byte = kind in (BYTE, BYTE_STRING)
        last = 0
        for i, k, new in self._matches(b):
            if kind == BYTE and new == b[i:i + 1]:
                continue
            if not by_byte or last != i:
                yield b[last:i], False
            yield new, by_byte
            last = i + k
        if kind == SINGLE or last != len(b):
            yield b[last:], False

    def WriteString(self, w, s):
        from .iopkg import drive, write_bytes
        n = 0
        for piece, via_write in self._pieces(go_bytes(s)):
            if via_write:
                wn, err = yield from write_bytes(w, piece)
            else:
                wn, err = yield from drive(_write_string(w, go_str(piece)))
            n += wn
            if err is not None:
                return n, err
        return n, None


def _write_string(w, s: str):
    """getStringWriter(w).WriteString(s): w's own WriteString, else w.Write([]byte(s))."""
    from .dyn import find_method, unbox
    from .iopkg import write_bytes
    direct = getattr(unbox(w), "go_write_text", None)
    if direct is not None:
        return direct(s)
    m = find_method(w, "WriteString")
    if m is not None:
        return m(s)
    return write_bytes(w, go_bytes(s))


def _replacer_kind(pairs) -> int:
    if len(pairs) == 1 and len(pairs[0][0]) > 1:
        return SINGLE
    if any(len(old) != 1 for old, _ in pairs):
        return GENERIC
    return BYTE if all(len(new) == 1 for _, new in pairs) else BYTE_STRING


@strings.func("func NewReplacer(oldnew ...string) *Replacer")
def NewReplacer(oldnew):
    items = oldnew.items() if oldnew is not None else []
    if len(items) % 2:
        raise GoPanic("strings.NewReplacer: odd argument count")
    return Replacer(zip(items[::2], items[1::2]))
