"""Packages unicode and unicode/utf8 (the common predicates and conversions).

Runes are Python ints.  Categories come from Python's unicodedata (Unicode 14 on CPython 3.11;
Go 1.27 uses a newer table, so only code points assigned since then can differ).
"""
from __future__ import annotations

import unicodedata

from .gostrconv import RUNE_ERROR, go_bytes, go_str, is_print
from .registry import Package
from .stringspkg import is_space, to_lower_rune, to_upper_rune

unicode = Package("unicode")
utf8 = Package("unicode/utf8")

unicode.const("MaxRune", "untyped rune", 0x10FFFF)
unicode.const("ReplacementChar", "untyped rune", RUNE_ERROR)
utf8.const("RuneError", "untyped rune", RUNE_ERROR)
utf8.const("UTFMax", "untyped int", 4)
utf8.const("RuneSelf", "untyped int", 0x80)


def _cat(r: int) -> str:
    if not 0 <= r <= 0x10FFFF:
        return "Cn"
    return unicodedata.category(chr(r))


@unicode.func("func IsUpper(r rune) bool")
def IsUpper(r):
    return _cat(r) == "Lu"


@unicode.func("func IsLower(r rune) bool")
def IsLower(r):
    return _cat(r) == "Ll"


@unicode.func("func IsTitle(r rune) bool")
def IsTitle(r):
    return _cat(r) == "Lt"


@unicode.func("func IsLetter(r rune) bool")
def IsLetter(r):
    return _cat(r)[0] == "L"


@unicode.func("func IsDigit(r rune) bool")
def IsDigit(r):
    return _cat(r) == "Nd"


@unicode.func("func IsNumber(r rune) bool")
def IsNumber(r):
    return _cat(r)[0] == "N"


@unicode.func("func IsSpace(r rune) bool")
def IsSpace(r):
    return 0 <= r <= 0x10FFFF and is_space(chr(r))


@unicode.func("func IsPunct(r rune) bool")
def IsPunct(r):
    return _cat(r)[0] == "P"


@unicode.func("func IsSymbol(r rune) bool")
def IsSymbol(r):
    return _cat(r)[0] == "S"


@unicode.func("func IsControl(r rune) bool")
def IsControl(r):
    return _cat(r) == "Cc"


@unicode.func("func IsPrint(r rune) bool")
def IsPrint(r):
    return is_print(r)


def _valid(r: int) -> bool:
    return 0 <= r <= 0x10FFFF and not 0xD800 <= r <= 0xDFFF


@unicode.func("func ToUpper(r rune) rune")
def ToUpper(r):
    return ord(to_upper_rune(chr(r))) if _valid(r) else r


@unicode.func("func ToLower(r rune) rune")
def ToLower(r):
    return ord(to_lower_rune(chr(r))) if _valid(r) else r


@unicode.func("func ToTitle(r rune) rune")
def ToTitle(r):
    if not _valid(r):
        return r
    t = chr(r).title()
    return ord(t) if len(t) == 1 else r


@utf8.func("func RuneCountInString(s string) (n int)")
def RuneCountInString(s):
    return len(s)


@utf8.func("func RuneCount(p []byte) int")
def RuneCount(p):
    return len(go_str(bytes(x & 0xFF for x in (p.items() if p is not None else ()))))


@utf8.func("func RuneLen(r rune) int")
def RuneLen(r):
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return -1
    return 1 if r < 0x80 else 2 if r < 0x800 else 3 if r < 0x10000 else 4


@utf8.func("func ValidString(s string) bool")
def ValidString(s):
    return not any(0xDC80 <= ord(c) <= 0xDCFF for c in s)


@utf8.func("func ValidRune(r rune) bool")
def ValidRune(r):
    return _valid(r)


@utf8.func("func DecodeRuneInString(s string) (rune, int)")
def DecodeRuneInString(s):
    if not s:
        return RUNE_ERROR, 0
    c = s[0]
    if 0xDC80 <= ord(c) <= 0xDCFF:
        return RUNE_ERROR, 1
    return ord(c), len(go_bytes(c))


@utf8.func("func DecodeLastRuneInString(s string) (rune, int)")
def DecodeLastRuneInString(s):
    if not s:
        return RUNE_ERROR, 0
    c = s[-1]
    if 0xDC80 <= ord(c) <= 0xDCFF:
        return RUNE_ERROR, 1
    return ord(c), len(go_bytes(c))
