"""Package strconv (go1.27): numbers and quoting; failures are *strconv.NumError values.

Algorithms live in gostrconv.py (shared with fmt).
"""
from __future__ import annotations

from ..runtime.errors import GoPanic
from ..values import GoSlice
from .errorspkg import ErrorString
from .gostrconv import (StrconvError, format_float, format_int, go_bytes, parse_bool,
                        parse_float, parse_int, parse_uint, quote, quote_rune, quote_to_ascii,
                        unquote, can_backquote, is_print)
from .libstruct import LibStruct
from .registry import Package

strconv = Package("strconv")

ErrRange = ErrorString("value out of range")
ErrSyntax = ErrorString("invalid syntax")
strconv.var("ErrRange", "error", ErrRange)
strconv.var("ErrSyntax", "error", ErrSyntax)
strconv.const("IntSize", "untyped int", 64)


@strconv.type("NumError", "struct{ Func string; Num string; Err error }")
class NumError(LibStruct):
    """*strconv.NumError: ``strconv.Atoi: parsing "x": invalid syntax``."""
    __slots__ = ("f_Func", "f_Num", "f_Err")     # Go-visible fields are f_<Name> (docs/runtime-api.md)
    _go_methods = {"Error": "func() string", "Unwrap": "func() error"}

    def __init__(self, Func: str = "", Num: str = "", Err=None):
        self.f_Func = Func
        self.f_Num = Num
        self.f_Err = Err

    def Error(self) -> str:
        from .errorspkg import error_text
        return "strconv." + self.f_Func + ": parsing " + quote(self.f_Num) + ": " + error_text(self.f_Err)

    def Unwrap(self):
        return self.f_Err


def _num_error(fn: str, s: str, e: StrconvError) -> NumError:
    if e.kind == "syntax":
        err = ErrSyntax
    elif e.kind == "range":
        err = ErrRange
    elif e.kind == "base":
        err = ErrorString(f"invalid base {e.detail}")
    else:
        err = ErrorString(f"invalid bit size {e.detail}")
    return NumError(fn, s, err)


@strconv.func("func Itoa(i int) string")
def Itoa(i):
    return str(i)


@strconv.func("func Atoi(s string) (int, error)")
def Atoi(s):
    try:
        return parse_int(s, 10, 0), None
    except StrconvError as e:
        return e.value, _num_error("Atoi", s, e)


@strconv.func("func ParseInt(s string, base int, bitSize int) (i int64, err error)")
def ParseInt(s, base, bit_size):
    try:
        return parse_int(s, base, bit_size), None
    except StrconvError as e:
        return e.value, _num_error("ParseInt", s, e)


@strconv.func("func ParseUint(s string, base int, bitSize int) (uint64, error)")
def ParseUint(s, base, bit_size):
    try:
        return parse_uint(s, base, bit_size), None
    except StrconvError as e:
        return e.value, _num_error("ParseUint", s, e)


@strconv.func("func ParseFloat(s string, bitSize int) (float64, error)")
def ParseFloat(s, bit_size):
    try:
        return parse_float(s, bit_size), None
    except StrconvError as e:
        return float(e.value), _num_error("ParseFloat", s, e)


@strconv.func("func ParseBool(str string) (bool, error)")
def ParseBool(s):
    try:
        return parse_bool(s), None
    except StrconvError as e:
        return False, _num_error("ParseBool", s, e)


def _check_base(base: int) -> None:
    if not 2 <= base <= 36:
        raise GoPanic("strconv: illegal AppendInt/FormatInt base")


@strconv.func("func FormatInt(i int64, base int) string")
def FormatInt(i, base):
    _check_base(base)
    return format_int(i, base)


@strconv.func("func FormatUint(i uint64, base int) string")
def FormatUint(i, base):
    _check_base(base)
    return format_int(i, base)


@strconv.func("func FormatFloat(f float64, fmt byte, prec, bitSize int) string")
def FormatFloat(f, fmt, prec, bit_size):
    if bit_size not in (32, 64):
        raise GoPanic("strconv: illegal FormatFloat bitSize")
    return format_float(float(f), chr(fmt), prec, bit_size)


@strconv.func("func FormatBool(b bool) string")
def FormatBool(b):
    return "true" if b else "false"


@strconv.func("func Quote(s string) string")
def Quote(s):
    return quote(s)


@strconv.func("func QuoteToASCII(s string) string")
def QuoteToASCII(s):
    return quote_to_ascii(s)


@strconv.func("func QuoteRune(r rune) string")
def QuoteRune(r):
    return quote_rune(r)


@strconv.func("func QuoteRuneToASCII(r rune) string")
def QuoteRuneToASCII(r):
    return quote_rune(r, True)


@strconv.func("func CanBackquote(s string) bool")
def CanBackquote(s):
    return can_backquote(s)


@strconv.func("func IsPrint(r rune) bool")
def IsPrint(r):
    return is_print(r)


@strconv.func("func Unquote(s string) (string, error)")
def Unquote(s):
    try:
        return unquote(s), None
    except StrconvError:
        return "", ErrSyntax


def _append(dst, text: str) -> GoSlice:
    items = dst.items() if dst is not None else []
    return GoSlice(items + list(go_bytes(text)))


@strconv.func("func AppendInt(dst []byte, i int64, base int) []byte")
def AppendInt(dst, i, base):
    _check_base(base)
    return _append(dst, format_int(i, base))


@strconv.func("func AppendQuote(dst []byte, s string) []byte")
def AppendQuote(dst, s):
    return _append(dst, quote(s))
