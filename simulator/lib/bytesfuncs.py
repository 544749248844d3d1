"""Package bytes, part 2: the functions on []byte (go1.27 ``src/bytes/bytes.go``).

A []byte is a GoSlice of ints 0..255.  As in Go, a result that is part of the argument is a
slice of the argument's own array (``Split``, ``Fields``, ``Trim*``, ``Cut``...: writing through
it writes the argument), with Go's capacities (``Split`` and ``Fields`` cut each piece's
capacity at its end), and a result Go allocates is a new array with the capacity Go gives it.
Where Go returns nil rather than an empty slice (``Trim`` of all cutset bytes, ``TrimSpace`` of
spaces, ``Replace`` with nothing to replace in an empty slice...) so does this module.

Runes: an invalid UTF-8 byte decodes as utf8.RuneError of width 1 (as Go's DecodeRune), via
the surrogate escapes of ``go_str``.  Functions taking a Go func run it with ``call_sync``.
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .bytespkg import bytes_pkg
from .dyn import call_sync
from .gostrconv import RUNE_ERROR, go_bytes, go_str
from .iopkg import byte_cap
from .stringspkg import EqualFold as _str_equal_fold
from .stringspkg import is_space, to_lower_rune, to_upper_rune

_ASCII_SPACE = b"\t\n\v\f\r "
_RUNE_SELF = 0x80


# -- slices ---------------------------------------------------------------------------------------
def _b(s: GoSlice | None) -> bytes:
    return bytes(s.arr[s.off:s.off + s.len]) if s is not None else b""


def _n(s: GoSlice | None) -> int:
    return s.len if s is not None else 0


def _sub(s: GoSlice | None, i: int, j: int, k: int | None = None) -> GoSlice | None:
    """s[i:j] or s[i:j:k]; a slice of nil is nil."""
    if s is None:
        return None
    return GoSlice(s.arr, s.off + i, j - i, (s.cap if k is None else k) - i)


def _new(data: bytes | list, cap: int | None = None) -> GoSlice:
    """A new array holding data, of capacity ``cap`` (default: exactly len(data))."""
    items = list(data)
    c = len(items) if cap is None else cap
    return GoSlice(items + [0] * (c - len(items)), 0, len(items), c)


def _appended(data: bytes) -> GoSlice | None:
    """append([]byte(nil), data...): nil when empty, else a size-class capacity."""
    return _new(data, byte_cap(len(data))) if data else None


def _append_cap(old_cap: int, new_len: int) -> int:
    """runtime.growslice's new capacity for a []byte (nextslicecap, then a size class)."""
    newcap = old_cap + old_cap
    if new_len > newcap:
        newcap = new_len
    elif old_cap >= 256:
        newcap = old_cap
        while newcap < new_len:
            newcap += (newcap + 3 * 256) >> 2
    return byte_cap(newcap)


# -- runes ----------------------------------------------------------------------------------------
def _decoded(b: bytes) -> list[tuple[int, int, int]]:
    """(offset, rune, width) of each rune of b, invalid bytes as (offset, RuneError, 1)."""
    out, pos = [], 0
    for c in go_str(b):
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            out.append((pos, RUNE_ERROR, 1))
            pos += 1
        else:
            w = 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
            out.append((pos, o, w))
            pos += w
    return out


def _rune_set(chars: str) -> set[int]:
    """The runes of a Go string, an invalid byte as RuneError (``for _, r := range chars``)."""
    return {RUNE_ERROR if 0xDC80 <= ord(c) <= 0xDCFF else ord(c) for c in chars}


def _encode_rune(r: int) -> bytes:
    """utf8.AppendRune's bytes: an invalid rune is written as RuneError."""
    if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        r = RUNE_ERROR
    return chr(r).encode("utf-8")


def _is_space_rune(r: int) -> bool:
    return r != RUNE_ERROR and is_space(chr(r))


def _pred(f):
    return lambda r: bool(call_sync(f(r)))


# -- comparing and searching ----------------------------------------------------------------------
@bytes_pkg.func("func Compare(a, b []byte) int")
def Compare(a, b):
    x, y = _b(a), _b(b)
    return (x > y) - (x < y)


@bytes_pkg.func("func HasPrefix(s, prefix []byte) bool")
def HasPrefix(s, prefix):
    return _b(s).startswith(_b(prefix))


@bytes_pkg.func("func HasSuffix(s, suffix []byte) bool")
def HasSuffix(s, suffix):
    return _b(s).endswith(_b(suffix))


@bytes_pkg.func("func Index(s, sep []byte) int")
def Index(s, sep):
    return _b(s).find(_b(sep))


@bytes_pkg.func("func LastIndex(s, sep []byte) int")
def LastIndex(s, sep):
    return _b(s).rfind(_b(sep))


@bytes_pkg.func("func IndexByte(b []byte, c byte) int")
def IndexByte(b, c):
    return _b(b).find(c & 0xFF)


@bytes_pkg.func("func LastIndexByte(s []byte, c byte) int")
def LastIndexByte(s, c):
    return _b(s).rfind(c & 0xFF)


@bytes_pkg.func("func IndexRune(s []byte, r rune) int")
def IndexRune(s, r):
    if 0 <= r < _RUNE_SELF:
        return _b(s).find(r)
    if r == RUNE_ERROR:                     # the first invalid byte or encoded U+FFFD
        return next((i for i, x, _ in _decoded(_b(s)) if x == RUNE_ERROR), -1)
    if not 0 <= r <= 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return -1
    return _b(s).find(chr(r).encode("utf-8"))


@bytes_pkg.func("func IndexAny(s []byte, chars string) int")
def IndexAny(s, chars):
    want = _rune_set(chars)
    return next((i for i, r, _ in _decoded(_b(s)) if r in want), -1)


@bytes_pkg.func("func LastIndexAny(s []byte, chars string) int")
def LastIndexAny(s, chars):
    want = _rune_set(chars)
    return next((i for i, r, _ in reversed(_decoded(_b(s))) if r in want), -1)


@bytes_pkg.func("func IndexFunc(s []byte, f func(r rune) bool) int")
def IndexFunc(s, f):
    p = _pred(f)
    return next((i for i, r, _ in _decoded(_b(s)) if p(r)), -1)


@bytes_pkg.func("func LastIndexFunc(s []byte, f func(r rune) bool) int")
def LastIndexFunc(s, f):
    p = _pred(f)
    return next((i for i, r, _ in reversed(_decoded(_b(s))) if p(r)), -1)


@bytes_pkg.func("func ContainsAny(b []byte, chars string) bool")
def ContainsAny(b, chars):
    return IndexAny(b, chars) >= 0


@bytes_pkg.func("func ContainsRune(b []byte, r rune) bool")
def ContainsRune(b, r):
    return IndexRune(b, r) >= 0


@bytes_pkg.func("func ContainsFunc(b []byte, f func(rune) bool) bool")
def ContainsFunc(b, f):
    return IndexFunc(b, f) >= 0


@bytes_pkg.func("func Count(s, sep []byte) int")
def Count(s, sep):
    data, sp = _b(s), _b(sep)
    if not sp:
        return len(_decoded(data)) + 1       # utf8.RuneCount(s) + 1
    return data.count(sp)


@bytes_pkg.func("func EqualFold(s, t []byte) bool")
def EqualFold(s, t):
    def text(b):                            # invalid bytes are RuneError, as DecodeRune reads them
        return "".join(chr(r) for _, r, _ in _decoded(_b(b)))
    return _str_equal_fold(text(s), text(t))


# -- splitting ------------------------------------------------------------------------------------
def _explode(s, n: int):
    size = _n(s)
    if n <= 0 or n > size:
        n = size
    out = []
    for i, _, w in _decoded(_b(s)):
        if len(out) + 1 >= n:
            out.append(_sub(s, i, size))
            break
        out.append(_sub(s, i, i + w, i + w))
    return GoSlice(out)


def _gen_split(s, sep, sep_save: int, n: int):
    if n == 0:
        return None
    sp = _b(sep)
    if not sp:
        return _explode(s, n)
    data = _b(s)
    if n < 0:
        n = data.count(sp) + 1
    n = min(n, len(data) + 1)
    out, start = [], 0
    while len(out) < n - 1:
        m = data.find(sp, start)
        if m < 0:
            break
        out.append(_sub(s, start, m + sep_save, m + sep_save))
        start = m + len(sp)
    out.append(_sub(s, start, len(data)))
    return GoSlice(out)


@bytes_pkg.func("func Split(s, sep []byte) [][]byte")
def Split(s, sep):
    return _gen_split(s, sep, 0, -1)


@bytes_pkg.func("func SplitN(s, sep []byte, n int) [][]byte")
def SplitN(s, sep, n):
    return _gen_split(s, sep, 0, n)


@bytes_pkg.func("func SplitAfter(s, sep []byte) [][]byte")
def SplitAfter(s, sep):
    return _gen_split(s, sep, _n(sep), -1)


@bytes_pkg.func("func SplitAfterN(s, sep []byte, n int) [][]byte")
def SplitAfterN(s, sep, n):
    return _gen_split(s, sep, _n(sep), n)


def _fields(s, sep) -> GoSlice:
    """The maximal runs of runes for which sep is false, each cut to its own capacity."""
    out, start = [], -1
    for i, r, _ in _decoded(_b(s)):
        if sep(r):
            if start >= 0:
                out.append(_sub(s, start, i, i))
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        out.append(_sub(s, start, _n(s), _n(s)))
    return GoSlice(out)


@bytes_pkg.func("func Fields(s []byte) [][]byte")
def Fields(s):
    return _fields(s, _is_space_rune)


@bytes_pkg.func("func FieldsFunc(s []byte, f func(rune) bool) [][]byte")
def FieldsFunc(s, f):
    return _fields(s, _pred(f))


@bytes_pkg.func("func Cut(s, sep []byte) (before, after []byte, found bool)")
def Cut(s, sep):
    i = Index(s, sep)
    if i >= 0:
        return _sub(s, 0, i), _sub(s, i + _n(sep), _n(s)), True
    return s, None, False


@bytes_pkg.func("func CutPrefix(s, prefix []byte) (after []byte, found bool)")
def CutPrefix(s, prefix):
    if not HasPrefix(s, prefix):
        return s, False
    return _sub(s, _n(prefix), _n(s)), True


@bytes_pkg.func("func CutSuffix(s, suffix []byte) (before []byte, found bool)")
def CutSuffix(s, suffix):
    if not HasSuffix(s, suffix):
        return s, False
    return _sub(s, 0, _n(s) - _n(suffix)), True


# -- trimming -------------------------------------------------------------------------------------
def _trim_left_at(s, keep) -> int:
    """The offset of the first rune ``keep`` accepts (len(s) if none)."""
    return next((i for i, r, _ in _decoded(_b(s)) if keep(r)), _n(s))


def _trim_right_at(s, keep) -> int:
    """The end of the last rune ``keep`` accepts (0 if none)."""
    return next((i + w for i, r, w in reversed(_decoded(_b(s))) if keep(r)), 0)


def _nil_if_empty(s, i: int):
    """s[i:], or nil when that is empty (trimLeft*: Go returns nil then)."""
    return None if i >= _n(s) else _sub(s, i, _n(s))


def _cut_set(cutset: str):
    if cutset.isascii() and len(go_bytes(cutset)) == len(cutset):
        table = frozenset(go_bytes(cutset))
        return lambda r: r in table         # makeASCIISet: byte by byte (a byte >= 0x80 never)
    runes = _rune_set(cutset)
    return lambda r: r in runes


@bytes_pkg.func("func TrimLeft(s []byte, cutset string) []byte")
def TrimLeft(s, cutset):
    if _n(s) == 0:
        return None
    if cutset == "":
        return s
    inset = _cut_set(cutset)
    return _nil_if_empty(s, _trim_left_at(s, lambda r: not inset(r)))


@bytes_pkg.func("func TrimRight(s []byte, cutset string) []byte")
def TrimRight(s, cutset):
    if _n(s) == 0 or cutset == "":
        return s
    inset = _cut_set(cutset)
    return _sub(s, 0, _trim_right_at(s, lambda r: not inset(r)))


@bytes_pkg.func("func Trim(s []byte, cutset string) []byte")
def Trim(s, cutset):
    if _n(s) == 0:
        return None
    if cutset == "":
        return s
    return TrimLeft(TrimRight(s, cutset), cutset)


@bytes_pkg.func("func TrimLeftFunc(s []byte, f func(r rune) bool) []byte")
def TrimLeftFunc(s, f):
    p = _pred(f)
    i = next((i for i, r, _ in _decoded(_b(s)) if not p(r)), -1)
    return None if i < 0 else _sub(s, i, _n(s))


@bytes_pkg.func("func TrimRightFunc(s []byte, f func(r rune) bool) []byte")
def TrimRightFunc(s, f):
    p = _pred(f)
    return _sub(s, 0, _trim_right_at(s, lambda r: not p(r)))


@bytes_pkg.func("func TrimFunc(s []byte, f func(r rune) bool) []byte")
def TrimFunc(s, f):
    return TrimRightFunc(TrimLeftFunc(s, f), f)


@bytes_pkg.func("func TrimSpace(s []byte) []byte")
def TrimSpace(s):
    lo = _trim_left_at(s, lambda r: not _is_space_rune(r))
    if lo >= _n(s):
        return None
    rest = _sub(s, lo, _n(s))
    return _sub(rest, 0, _trim_right_at(rest, lambda r: not _is_space_rune(r)))


@bytes_pkg.func("func TrimPrefix(s, prefix []byte) []byte")
def TrimPrefix(s, prefix):
    return _sub(s, _n(prefix), _n(s)) if HasPrefix(s, prefix) else s


@bytes_pkg.func("func TrimSuffix(s, suffix []byte) []byte")
def TrimSuffix(s, suffix):
    return _sub(s, 0, _n(s) - _n(suffix)) if HasSuffix(s, suffix) else s


# -- building -------------------------------------------------------------------------------------
@bytes_pkg.func("func Clone(b []byte) []byte")
def Clone(b):
    if b is None:
        return None
    data = _b(b)
    return _new(data, byte_cap(len(data)))      # append([]byte{}, b...)


@bytes_pkg.func("func Join(s [][]byte, sep []byte) []byte")
def Join(s, sep):
    parts = s.items() if s is not None else []
    if not parts:
        return GoSlice([])
    if len(parts) == 1:
        return _appended(_b(parts[0]))
    return _new(_b(sep).join(_b(p) for p in parts))


@bytes_pkg.func("func Repeat(b []byte, count int) []byte")
def Repeat(b, count):
    if count == 0:
        return GoSlice([])
    if count < 0:
        raise GoPanic("bytes: negative Repeat count")
    return _new(_b(b) * count)


@bytes_pkg.func("func Runes(s []byte) []rune")
def Runes(s):
    return GoSlice([r for _, r, _ in _decoded(_b(s))])


def _map(mapping, s) -> GoSlice:
    """bytes.Map with a Python mapping: make([]byte, 0, len(s)), then AppendRune per rune."""
    cap = _n(s)
    out = bytearray()
    for _, r, _ in _decoded(_b(s)):
        r = mapping(r)
        if r >= 0:
            enc = _encode_rune(r)
            if len(out) + len(enc) > cap:
                cap = _append_cap(cap, len(out) + len(enc))
            out += enc
    return _new(out, cap)


@bytes_pkg.func("func Map(mapping func(r rune) rune, s []byte) []byte")
def Map(mapping, s):
    return _map(lambda r: call_sync(mapping(r)), s)


def _case(s, ascii_map: bytes, rune_map) -> GoSlice:
    data = _b(s)
    if data.isascii():
        out = data.translate(ascii_map)
        if out == data:                          # append([]byte(""), s...)
            return _new(data, byte_cap(len(data)))
        return _new(out)
    return _map(rune_map, s)


_UPPER = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


@bytes_pkg.func("func ToUpper(s []byte) []byte")
def ToUpper(s):
    return _case(s, _UPPER, lambda r: ord(to_upper_rune(chr(r))))


@bytes_pkg.func("func ToLower(s []byte) []byte")
def ToLower(s):
    return _case(s, _LOWER, lambda r: ord(to_lower_rune(chr(r))))


@bytes_pkg.func("func Replace(s, old, new []byte, n int) []byte")
def Replace(s, old, new, n):
    data, o, nw = _b(s), _b(old), _b(new)
    m = Count(s, old) if n != 0 else 0
    if m == 0:
        return _appended(data)
    if n < 0 or m < n:
        n = m
    if o:
        out = data.replace(o, nw, n)
    else:                                   # before each of the first n runes (and at the end)
        out, start = bytearray(nw), 0
        for i, _, w in _decoded(data)[:n - 1]:
            out += data[i:i + w] + nw
            start = i + w
        out += data[start:]
    return _new(out)


@bytes_pkg.func("func ReplaceAll(s, old, new []byte) []byte")
def ReplaceAll(s, old, new):
    return Replace(s, old, new, -1)


@bytes_pkg.func("func ToValidUTF8(s, replacement []byte) []byte")
def ToValidUTF8(s, replacement):
    rep, data = _b(replacement), _b(s)
    cap = len(data) + len(rep)
    out, invalid = bytearray(), False      # invalid: the previous byte was part of a bad run

    def add(chunk: bytes) -> None:
        nonlocal cap
        if len(out) + len(chunk) > cap:
            cap = _append_cap(cap, len(out) + len(chunk))
        out.extend(chunk)
    for i, _, w in _decoded(data):
        if w == 1 and data[i] >= _RUNE_SELF:
            if not invalid:
                add(rep)
            invalid = True
            continue
        invalid = False
        add(data[i:i + w])
    return _new(out, cap)
