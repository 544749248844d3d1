"""Go's fmt formatting engine, ported from go1.27 ``src/fmt/print.go`` and ``format.go``.

Entry points: ``sprint``, ``sprintln``, ``sprintf`` (and ``Printer`` for Errorf's ``%w``
bookkeeping), ``panic_value_text`` (runtime ``printpanicval``), ``panic_event_text`` (the same
for trace events, running no Go code), ``print_builtin_args`` (the builtin ``print``/``println``)
and ``fake_address``.

Arguments are *interface values* (values.py).  Where Go's fmt uses reflection we carry a pair
``(t, x)``: a static Go type and the Python value that represents it; ``ro`` marks values reached
through an unexported struct field, which fmt may not call methods on (reflect's CanInterface).

Invariant: every method call (Error, String, GoString) goes through ``dyn.find_method`` and
``dyn.call_sync``; a Go panic inside it is caught like fmt's ``catchPanic``.
"""
from __future__ import annotations

import functools
import math
from types import GeneratorType

from ..golang import types as T
from ..runtime import current
from ..runtime.errors import GoPanic
from ..runtime.panic import as_unwind
from ..tracing.events import EventKind as K
from ..values import GoSlice, GoStruct, GoValue, Pointer
from . import printval
from .dyn import call_sync, dyntype, find_method, to_iface, unbox
from .gostrconv import (MAX_RUNE, RUNE_ERROR, can_backquote, format_complex, format_float,
                        go_bytes, go_str, is_print, quote_rune, quote_to_ascii, quote)

LDIGITS = "0123456789abcdefx"
UDIGITS = "0123456789ABCDEFX"
BYTES = T.Slice(T.UINT8)
_SIGNED = T.SIGNED
_INTS = set(T.INT_BITS)


# ---------------------------------------------------------------------------------------------
# Types and addresses
# ---------------------------------------------------------------------------------------------

_SYNTH: dict[type, T.Type] = {}


def _library_type(cls) -> T.Type:
    """``*pkg.Name`` for a registered library class (what the front end would attach as
    ``gotype``), with its methods; ``*?.Class`` for an unknown class."""
    from .registry import PACKAGES
    for pkg in PACKAGES.values():
        for name, decl in pkg.types.items():
            if decl.pyclass is cls:
                named = T.Named(pkg.name, name, T.Struct())
                named.pyclass = cls
                for m in decl.methods:
                    named.methods[m] = T.MethodInfo(
                        m, T.Signature(), True, blocking=False,
                        impl=(lambda mname: lambda recv, *a: getattr(recv, mname)(*a))(m))
                return T.Pointer(named)
    return T.Pointer(T.Named("?", cls.__name__, T.Struct()))


def typeof(v) -> T.Type | None:
    """The dynamic type of interface value v.  A library object whose class has no ``gotype``
    yet (the front end attaches it) gets ``*pkg.Name`` from the registry, so it is never
    mistaken for nil."""
    t = dyntype(v)
    if t is None and v is not None:
        cls = type(v)
        t = _SYNTH.get(cls)
        if t is None:
            t = _SYNTH[cls] = _library_type(cls)
    return t


def kind(t: T.Type | None) -> str:
    """reflect.Kind of t, spelled as a short string."""
    if t is None:
        return "invalid"
    u = t.underlying()
    if isinstance(u, T.Basic):
        n = u.name
        if n in _INTS:
            return "int" if n in _SIGNED else "uint"
        if n == "complex128":
            return "complex128"
        return n if n in ("bool", "string", "float32", "float64", "complex64") else "unsafeptr"
    return {T.Map: "map", T.Struct: "struct", T.Interface: "interface", T.Array: "array",
            T.Slice: "slice", T.Pointer: "pointer", T.Chan: "chan",
            T.Signature: "func"}.get(type(u), "invalid")


_ADDRS: dict = {}
_ADDR_BASE = 0xc000012000


#: pointer location key -> its address as ``%p``/``%v`` prints it ("0xc000012000"): a deferred
#: call's pointer arguments are formatted at every ``defer`` (printval.arg_text, which owns it)
POINTER_TEXT = printval.POINTER_TEXT


def reset_addresses() -> None:
    """Forget every fake address (call at the start of a run for reproducible traces)."""
    _ADDRS.clear()
    POINTER_TEXT.clear()


def fake_address(x) -> int:
    """A stable pseudo machine address for a reference value (0 for nil).  Addresses are given
    out in first-seen order, so a run prints the same addresses every time."""
    if x is None:
        return 0
    off = 0
    if isinstance(x, Pointer):
        # a Cell or a ("field"|"index", ...) tuple: never equal to the keys below
        key = x.key
        ent = _ADDRS.get(key)
        if ent is not None:
            return ent[1]
    elif isinstance(x, GoSlice):
        key, off = ("arr", id(x.arr)), 8 * x.off
        x = x.arr
    else:
        key = ("obj", id(x))
    ent = _ADDRS.get(key)
    if ent is None:
        ent = _ADDRS[key] = (x, _ADDR_BASE + 0x40 * len(_ADDRS))
    return ent[1] + off


def _u64(v: int) -> int:
    return v & 0xFFFFFFFFFFFFFFFF


def _is_nil_pointer(v) -> bool:
    return v is not None and kind(typeof(v)) == "pointer" and unbox(v) is None


# ---------------------------------------------------------------------------------------------
# The printer (pp + fmt of print.go / format.go)
# ---------------------------------------------------------------------------------------------

class Printer:
    def __init__(self):
        self.buf: list[str] = []
        self.erroring = False
        self.panicking: GoPanic | None = None   # caught by catchPanic, its value being printed
        self.wrap_errs = False
        self.wrapped_errs: list[int] = []
        self.reordered = False
        self.good_argnum = True
        self.clearflags()

    def text(self) -> str:
        return "".join(self.buf)

    # -- fmt: flags and padding ----------------------------------------------------------------
    def clearflags(self):
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False
        self.wid = self.prec = 0

    def _flags(self):
        return (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp,
                self.space, self.zero, self.plus_v, self.sharp_v, self.wid, self.prec)

    def _set_flags(self, f):
        (self.wid_present, self.prec_present, self.minus, self.plus, self.sharp, self.space,
         self.zero, self.plus_v, self.sharp_v, self.wid, self.prec) = f

    def write_padding(self, n: int):
        if n > 0:
            self.buf.append(("0" if self.zero and not self.minus else " ") * n)

    def pad(self, s: str):
        """padString: width counts runes (Python characters)."""
        if not self.wid_present or self.wid == 0:
            self.buf.append(s)
            return
        width = self.wid - len(s)
        if not self.minus:
            self.write_padding(width)
            self.buf.append(s)
        else:
            self.buf.append(s)
            self.write_padding(width)

    def _nozero_pad(self, s: str):
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    # -- fmt: the verbs' raw formatting ----------------------------------------------------------
    def fmt_boolean(self, v: bool):
        self.pad("true" if v else "false")

    def fmt_unicode(self, u: int):
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        s = "U+" + ("%X" % u).rjust(prec, "0")
        if self.sharp and u <= MAX_RUNE and is_print(u):
            s += " '" + chr(u) + "'"
        self._nozero_pad(s)

    def fmt_integer(self, u: int, base: int, is_signed: bool, verb: str, digits: str):
        negative = is_signed and u < 0
        if negative:
            u = -u
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.write_padding(self.wid)
                self.zero = old
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = format(u, "x" if digits is LDIGITS else "X")
        elif base == 8:
            s = format(u, "o")
        else:
            s = format(u, "b")
        s = s.rjust(prec, "0")
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8:
                if s[0] != "0":
                    s = "0" + s
            elif base == 16:
                s = "0" + digits[16] + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        self._nozero_pad(s)

    def truncate(self, s: str) -> str:
        if self.prec_present:
            return s[:self.prec]
        return s

    def fmt_s(self, s: str):
        self.pad(self.truncate(s))

    def fmt_sbx(self, b: bytes, digits: str):
        length = len(b)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.write_padding(self.wid)
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.write_padding(self.wid - width)
        out = []
        if self.sharp:
            out.append("0" + digits[16])
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append("0" + digits[16])
            c = b[i]
            out.append(digits[c >> 4] + digits[c & 0xF])
        self.buf.append("".join(out))
        if self.wid_present and self.wid > width and self.minus:
            self.write_padding(self.wid - width)

    def fmt_q(self, s: str):
        s = self.truncate(s)
        if self.sharp and can_backquote(s):
            self.pad("`" + s + "`")
            return
        self.pad(quote_to_ascii(s) if self.plus else quote(s))

    def fmt_c(self, c: int):
        r = c
        if c > MAX_RUNE or 0xD800 <= c <= 0xDFFF:
            r = RUNE_ERROR
        self.pad(chr(r))

    def fmt_qc(self, c: int):
        r = RUNE_ERROR if c > MAX_RUNE else c
        self.pad(quote_rune(r, self.plus))

    def fmt_float(self, v: float, size: int, verb: str, prec: int):
        if self.prec_present:
            prec = self.prec
        num = format_float(v, verb, prec, size)
        if num[0] not in "+-":
            num = "+" + num
        if self.space and num[0] == "+" and not self.plus:
            num = " " + num[1:]
        if num[1] in "IN":
            if num[1] == "N" and not self.space and not self.plus:
                num = num[1:]
            self._nozero_pad(num)
            return
        if self.sharp and verb != "b":
            digits = 0
            if verb in "vgGx":
                digits = 6 if prec == -1 else prec
            tail = ""
            has_dp = saw_nz = False
            i = 1
            while i < len(num):
                c = num[i]
                if c == ".":
                    has_dp = True
                elif c in "pP" or (c in "eE" and verb not in "xX"):
                    tail, num = num[i:], num[:i]
                    break
                else:
                    if c != "0":
                        saw_nz = True
                    if saw_nz:
                        digits -= 1
                i += 1
            if not has_dp:
                if len(num) == 2 and num[1] == "0":
                    digits -= 1
                num += "."
            if digits > 0:
                num += "0" * digits
            num += tail
        if self.plus or num[0] != "+":
            if self.zero and not self.minus and self.wid_present and self.wid > len(num):
                self.buf.append(num[0])
                self.write_padding(self.wid - len(num))
                self.buf.append(num[1:])
                return
            self.pad(num)
            return
        self.pad(num[1:])

    # -- pp: typed formatting ----------------------------------------------------------------------
    def bad_verb(self, verb: str, t=None, x=None):
        """%!verb(type=value); t None means a nil value."""
        self.erroring = True
        self.buf.append("%!" + verb + "(")
        if t is not None:
            self.buf.append(str(t) + "=")
            self.print_value(t, x, "v", 0)
        else:
            self.buf.append("<nil>")
        self.buf.append(")")
        self.erroring = False

    def fmt_bool(self, t, v, verb):
        if verb in "tv":
            self.fmt_boolean(bool(v))
        else:
            self.bad_verb(verb, t, v)

    def fmt_0x64(self, v: int, leading0x: bool):
        sharp = self.sharp
        self.sharp = leading0x
        self.fmt_integer(v, 16, False, "v", LDIGITS)
        self.sharp = sharp

    def fmt_int(self, t, v: int, is_signed: bool, verb: str):
        if verb == "v":
            if self.sharp_v and not is_signed:
                self.fmt_0x64(v, True)
            else:
                self.fmt_integer(v, 10, is_signed, verb, LDIGITS)
        elif verb == "d":
            self.fmt_integer(v, 10, is_signed, verb, LDIGITS)
        elif verb == "b":
            self.fmt_integer(v, 2, is_signed, verb, LDIGITS)
        elif verb in "oO":
            self.fmt_integer(v, 8, is_signed, verb, LDIGITS)
        elif verb == "x":
            self.fmt_integer(v, 16, is_signed, verb, LDIGITS)
        elif verb == "X":
            self.fmt_integer(v, 16, is_signed, verb, UDIGITS)
        elif verb == "c":
            self.fmt_c(_u64(v))
        elif verb == "q":
            self.fmt_qc(_u64(v))
        elif verb == "U":
            self.fmt_unicode(_u64(v))
        else:
            self.bad_verb(verb, t, v)

    def fmt_flt(self, t, v: float, size: int, verb: str):
        if verb == "v":
            self.fmt_float(v, size, "g", -1)
        elif verb in "bgGxX":
            self.fmt_float(v, size, verb, -1)
        elif verb in "feE":
            self.fmt_float(v, size, verb, 6)
        elif verb == "F":
            self.fmt_float(v, size, "f", 6)
        else:
            self.bad_verb(verb, t, v)

    def fmt_complex(self, t, v: complex, size: int, verb: str):
        if verb in "vbgGxXfFeE":
            old_plus = self.plus
            self.buf.append("(")
            self.fmt_flt(t, v.real, size // 2, verb)
            self.plus = True
            self.fmt_flt(t, v.imag, size // 2, verb)
            self.buf.append("i)")
            self.plus = old_plus
        else:
            self.bad_verb(verb, t, v)

    def fmt_string(self, t, v: str, verb: str):
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(v)
            else:
                self.fmt_s(v)
        elif verb == "s":
            self.fmt_s(v)
        elif verb == "x":
            self.fmt_sbx(go_bytes(v), LDIGITS)
        elif verb == "X":
            self.fmt_sbx(go_bytes(v), UDIGITS)
        elif verb == "q":
            self.fmt_q(v)
        else:
            self.bad_verb(verb, t, v)

    def fmt_bytes(self, t, x, verb: str, type_string: str):
        v = None if x is None else [b & 0xFF for b in (x if isinstance(x, list) else x.items())]
        if verb in "vd":
            if self.sharp_v:
                self.buf.append(type_string)
                if v is None:
                    self.buf.append("(nil)")
                    return
                self.buf.append("{")
                for i, c in enumerate(v):
                    if i > 0:
                        self.buf.append(", ")
                    self.fmt_0x64(c, True)
                self.buf.append("}")
            else:
                self.buf.append("[")
                for i, c in enumerate(v or ()):
                    if i > 0:
                        self.buf.append(" ")
                    self.fmt_integer(c, 10, False, verb, LDIGITS)
                self.buf.append("]")
        elif verb == "s":
            self.pad(self.truncate(go_str(bytes(v or ()))))
        elif verb == "x":
            self.fmt_sbx(bytes(v or ()), LDIGITS)
        elif verb == "X":
            self.fmt_sbx(bytes(v or ()), UDIGITS)
        elif verb == "q":
            self.fmt_q(go_str(bytes(v or ())))
        else:
            self._print_list(t, x, verb, 0, False)

    def fmt_pointer(self, t, x, verb: str):
        if kind(t) not in ("chan", "func", "map", "pointer", "slice", "unsafeptr"):
            self.bad_verb(verb, t, x)
            return
        u = fake_address(x)
        if verb == "v":
            if self.sharp_v:
                self.buf.append("(" + str(t) + ")(")
                if u == 0:
                    self.buf.append("nil")
                else:
                    self.fmt_0x64(u, True)
                self.buf.append(")")
            elif u == 0:
                self.pad("<nil>")
            else:
                self.fmt_0x64(u, not self.sharp)
        elif verb == "p":
            self.fmt_0x64(u, not self.sharp)
        elif verb in "bodxX":
            self.fmt_int(t, u, False, verb)
        else:
            self.bad_verb(verb, t, x)

    # -- methods (handleMethods / catchPanic) -----------------------------------------------------
    def _call(self, arg, verb: str, name: str, m):
        """Run a String/Error/GoString method; on a Go panic print what catchPanic prints and
        return None.  A runtime error the method's Python code raised (a nil dereference is an
        AttributeError, see ``as_unwind``) is a Go panic like any other."""
        try:
            return call_sync(m())
        except GoPanic as e:
            p = e
        except (AttributeError, TypeError, ZeroDivisionError) as e:
            if _is_nil_pointer(arg):         # "<nil>" whatever the panic (no event needed)
                self.buf.append("<nil>")
                return None
            p = as_unwind(e, current())
        if _is_nil_pointer(arg):
            self.buf.append("<nil>")
            return None
        if self.panicking is not None:
            raise _repanic(p, self.panicking)
        old = self._flags()
        self.clearflags()
        self.buf.append("%!" + verb + "(PANIC=" + name + " method: ")
        self.panicking = p
        self.print_arg(p.value, "v")
        self.panicking = None
        self.buf.append(")")
        self._set_flags(old)
        return None

    def handle_methods(self, arg, verb: str) -> bool:
        if self.erroring:
            return False
        err_m = find_method(arg, "Error")
        if verb == "w":
            if err_m is None or not self.wrap_errs:
                self.bad_verb(verb, typeof(arg), unbox(arg))
                return True
            verb = "v"
        if self.sharp_v:
            m = find_method(arg, "GoString")
            if m is not None:
                s = self._call(arg, verb, "GoString", m)
                if s is not None:
                    self.fmt_s(s)
                return True
            return False
        if verb in "vsxXq":
            for name, m in (("Error", err_m), ("String", find_method(arg, "String"))):
                if m is not None:
                    s = self._call(arg, verb, name, m)
                    if s is not None:
                        self.fmt_string(typeof(arg), s, verb)
                    return True
        return False

    # -- printArg / printValue ---------------------------------------------------------------------
    def print_arg(self, arg, verb: str):
        if arg is None:
            if verb in "Tv":
                self.pad("<nil>")
            else:
                self.bad_verb(verb)
            return
        t, x = typeof(arg), unbox(arg)
        if verb == "T":
            self.fmt_s(str(t))
            return
        if verb == "p":
            self.fmt_pointer(t, x, "p")
            return
        if t == BYTES:
            self.fmt_bytes(t, x, verb, "[]byte")
            return
        if isinstance(t, T.Basic) or not self.handle_methods(arg, verb):
            self.print_value(t, x, verb, 0)

    def print_value(self, t, x, verb: str, depth: int, ro: bool = False):
        if depth > 0 and t is not None and not ro:
            arg = to_iface(t, x)
            if arg is not None and self.handle_methods(arg, verb):
                return
        k = kind(t)
        if k == "invalid":
            if depth == 0:
                self.buf.append("<invalid reflect.Value>")
            elif verb == "v":
                self.buf.append("<nil>")
            else:
                self.bad_verb(verb)
        elif k == "bool":
            self.fmt_bool(t, x, verb)
        elif k == "int":
            self.fmt_int(t, T.wrap_int(int(x), t), True, verb)
        elif k == "uint":
            self.fmt_int(t, T.wrap_int(int(x), t), False, verb)
        elif k in ("float32", "float64"):
            self.fmt_flt(t, float(x), 32 if k == "float32" else 64, verb)
        elif k in ("complex64", "complex128"):
            self.fmt_complex(t, complex(x), 64 if k == "complex64" else 128, verb)
        elif k == "string":
            self.fmt_string(t, x, verb)
        elif k == "map":
            self._print_map(t, x, verb, depth, ro)
        elif k == "struct":
            self._print_struct(t, x, verb, depth, ro)
        elif k == "interface":
            if x is None:
                self.buf.append(str(t) + "(nil)" if self.sharp_v else "<nil>")
            else:
                self.print_value(typeof(x), unbox(x), verb, depth + 1, ro)
        elif k in ("array", "slice"):
            if verb in "sqxX" and kind(t.underlying().elem) == "uint" and \
                    t.underlying().elem.underlying() == T.UINT8:
                self.fmt_bytes(t, x, verb, str(t))
                return
            self._print_list(t, x, verb, depth, ro)
        elif k == "pointer":
            if depth == 0 and x is not None:
                et = t.underlying().elem
                if kind(et) in ("array", "slice", "struct", "map"):
                    self.buf.append("&")
                    self.print_value(et, x.get() if isinstance(x, Pointer) else x, verb,
                                     depth + 1, ro)
                    return
            self.fmt_pointer(t, x, verb)
        else:
            self.fmt_pointer(t, x, verb)

    def _print_list(self, t, x, verb, depth, ro):
        items = x.items() if isinstance(x, GoSlice) else (x or [])
        et = t.underlying().elem
        if self.sharp_v:
            self.buf.append(str(t))
            if kind(t) == "slice" and x is None:
                self.buf.append("(nil)")
                return
            open_, sep, close = "{", ", ", "}"
        else:
            open_, sep, close = "[", " ", "]"
        self.buf.append(open_)
        for i, e in enumerate(items):
            if i > 0:
                self.buf.append(sep)
            self.print_value(et, e, verb, depth + 1, ro)
        self.buf.append(close)

    def _print_map(self, t, x, verb, depth, ro):
        mt = t.underlying()
        if self.sharp_v:
            self.buf.append(str(t))
            if x is None:
                self.buf.append("(nil)")
                return
            self.buf.append("{")
        else:
            self.buf.append("map[")
        keys = sorted((x or {}).keys(), key=functools.cmp_to_key(
            lambda a, b: compare(mt.key, a, b)))
        for i, kv in enumerate(keys):
            if i > 0:
                self.buf.append(", " if self.sharp_v else " ")
            self.print_value(mt.key, kv, verb, depth + 1, ro)
            self.buf.append(":")
            self.print_value(mt.elem, x[kv], verb, depth + 1, ro)
        self.buf.append("}" if self.sharp_v else "]")

    def _print_struct(self, t, x, verb, depth, ro):
        if self.sharp_v:
            self.buf.append(str(t))
        self.buf.append("{")
        for i, (name, ft, fv) in enumerate(struct_fields(t, x)):
            if i > 0:
                self.buf.append(", " if self.sharp_v else " ")
            if (self.plus_v or self.sharp_v) and name:
                self.buf.append(name + ":")
            fro = ro or not (name[:1].isupper())
            if kind(ft) == "interface" and fv is not None:     # getField: the dynamic value
                ft, fv = typeof(fv), unbox(fv)
            self.print_value(ft, fv, verb, depth + 1, fro)
        self.buf.append("}")

    # -- doPrintf / doPrint / doPrintln ------------------------------------------------------------
    def do_printf(self, fmt: str, a: list):
        end = len(fmt)
        argnum = 0
        after_index = False
        self.reordered = False
        i = 0
        while i < end:
            self.good_argnum = True
            lasti = i
            while i < end and fmt[i] != "%":
                i += 1
            if i > lasti:
                self.buf.append(fmt[lasti:i])
            if i >= end:
                break
            i += 1
            self.clearflags()
            while i < end:
                c = fmt[i]
                if c == "#":
                    self.sharp = True
                elif c == "0":
                    self.zero = True
                elif c == "+":
                    self.plus = True
                elif c == "-":
                    self.minus = True
                elif c == " ":
                    self.space = True
                else:
                    break
                i += 1
            argnum, i, after_index = self._arg_number(argnum, fmt, i, len(a))
            if i < end and fmt[i] == "*":
                i += 1
                self.wid, self.wid_present, argnum = _int_from_arg(a, argnum)
                if not self.wid_present:
                    self.buf.append("%!(BADWIDTH)")
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    self.good_argnum = False
            if i + 1 < end and fmt[i] == ".":
                i += 1
                if after_index:
                    self.good_argnum = False
                argnum, i, after_index = self._arg_number(argnum, fmt, i, len(a))
                if i < end and fmt[i] == "*":
                    i += 1
                    self.prec, self.prec_present, argnum = _int_from_arg(a, argnum)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        self.buf.append("%!(BADPREC)")
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True
            if not after_index:
                argnum, i, after_index = self._arg_number(argnum, fmt, i, len(a))
            if i >= end:
                self.buf.append("%!(NOVERB)")
                break
            verb = fmt[i]
            if 0xD800 <= ord(verb) <= 0xDFFF:
                verb = "\ufffd"
            i += 1
            if verb == "%":
                self.buf.append("%")
            elif not self.good_argnum:
                self.buf.append("%!" + verb + "(BADINDEX)")
            elif argnum >= len(a):
                self.buf.append("%!" + verb + "(MISSING)")
            else:
                if verb == "w":
                    self.wrapped_errs.append(argnum)
                if verb in "wv":
                    self.sharp_v, self.sharp = self.sharp, False
                    self.plus_v, self.plus = self.plus, False
                self.print_arg(a[argnum], verb)
                argnum += 1
        if not self.reordered and argnum < len(a):
            self.clearflags()
            self.buf.append("%!(EXTRA ")
            for j, arg in enumerate(a[argnum:]):
                if j > 0:
                    self.buf.append(", ")
                if arg is None:
                    self.buf.append("<nil>")
                else:
                    self.buf.append(str(typeof(arg)) + "=")
                    self.print_arg(arg, "v")
            self.buf.append(")")

    def _arg_number(self, argnum, fmt, i, numargs):
        if len(fmt) <= i or fmt[i] != "[":
            return argnum, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < numargs:
            return index, i + wid, True
        self.good_argnum = False
        return argnum, i + wid, ok

    def do_print(self, a: list):
        prev_string = False
        for n, arg in enumerate(a):
            is_string = arg is not None and kind(typeof(arg)) == "string"
            if n > 0 and not is_string and not prev_string:
                self.buf.append(" ")
            self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, a: list):
        for n, arg in enumerate(a):
            if n > 0:
                self.buf.append(" ")
            self.print_arg(arg, "v")
        self.buf.append("\n")


def _too_large(x: int) -> bool:
    return x > 1_000_000 or x < -1_000_000


def _parsenum(s: str, start: int, end: int):
    if start >= end:
        return 0, False, end
    num, isnum, i = 0, False, start
    while i < end and "0" <= s[i] <= "9":
        if _too_large(num):
            return 0, False, end
        num = num * 10 + ord(s[i]) - 48
        isnum = True
        i += 1
    return num, isnum, i


def _parse_arg_number(fmt: str):
    if len(fmt) < 3:
        return 0, 1, False
    for i in range(1, len(fmt)):
        if fmt[i] == "]":
            width, ok, newi = _parsenum(fmt, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


def _int_from_arg(a: list, argnum: int):
    num, is_int, new = 0, False, argnum
    if argnum < len(a):
        v = a[argnum]
        if kind(typeof(v)) in ("int", "uint"):
            n = unbox(v)
            if -(1 << 63) <= n < (1 << 63):
                num, is_int = n, True
        new = argnum + 1
        if _too_large(num):
            num, is_int = 0, False
    return num, is_int, new


def struct_fields(t, x) -> list[tuple[str, T.Type, object]]:
    """(name, static type, value) of each field of struct value x whose type is t."""
    st = t.underlying() if t is not None else None
    fields = st.fields if isinstance(st, T.Struct) else ()
    names = getattr(x, "_fields", ())
    if fields:
        if isinstance(x, GoStruct) and len(names) == len(fields):
            return [(f.name, f.type, getattr(x, n)) for f, n in zip(fields, names)]
        if isinstance(x, (GoValue, tuple)):      # a library struct, or a struct nested in one
            return list(zip([f.name for f in fields], [f.type for f in fields],
                            x if type(x) is tuple else x._go_fields()))
        return [(f.name, f.type, getattr(x, "f_" + f.name, getattr(x, f.name, None))) for f in fields]
    return [(n, T.ANY, getattr(x, n, None)) for n in names]


def compare(t, a, b) -> int:
    """internal/fmtsort's compare for two map keys of static type t."""
    k = kind(t)
    if k in ("int", "uint", "string"):
        return (a > b) - (a < b)
    if k in ("float32", "float64"):
        an, bn = math.isnan(a), math.isnan(b)
        if an or bn:
            return 0 if an and bn else (-1 if an else 1)
        return (a > b) - (a < b)
    if k in ("complex64", "complex128"):
        return compare(T.FLOAT64, a.real, b.real) or compare(T.FLOAT64, a.imag, b.imag)
    if k == "bool":
        return (bool(a) > bool(b)) - (bool(a) < bool(b))
    if k in ("pointer", "chan", "unsafeptr"):
        ua, ub = fake_address(a), fake_address(b)
        return (ua > ub) - (ua < ub)
    if k == "struct":
        for (_, ft, fa), (_, _, fb) in zip(struct_fields(t, a), struct_fields(t, b)):
            c = compare(ft, fa, fb)
            if c:
                return c
        return 0
    if k == "array":
        for ea, eb in zip(a, b):
            c = compare(t.underlying().elem, ea, eb)
            if c:
                return c
        return 0
    if k == "interface":
        if a is None or b is None:
            return (b is None) - (a is None) if (a is None) != (b is None) else 0
        ta, tb = str(typeof(a)), str(typeof(b))
        if ta != tb:
            return -1 if ta < tb else 1
        return compare(typeof(a), unbox(a), unbox(b))
    return 0


def _repanic(p: GoPanic, outer: GoPanic) -> GoPanic:
    """catchPanic's ``panic(err)``: printing the value of ``outer`` (a panic caught in a method
    call) panicked with ``p``.  Both were recovered by catchPanic but their deferred calls have
    not returned, so they stay on the panic stack, printed before the new panic (and their
    values printed again: preprintpanics)."""
    outer.recovered = p.recovered = True
    q = p
    while q.link is not None:                # outer is older than any panic p interrupted
        q = q.link
    q.link = outer
    again = GoPanic(p.value, p.is_runtime)
    again.link = p
    again.extra_line = p.extra_line          # gp.sig: the fault is still the last one
    rt = current()
    rt.rec.emit(K.PANIC, 0, rt.format_panic_value(p.value), p.is_runtime)
    return again


# ---------------------------------------------------------------------------------------------
# Public entry points
# ---------------------------------------------------------------------------------------------

def _args(a) -> list:
    if a is None:
        return []
    if isinstance(a, GoSlice):
        return a.items()
    return list(a)


def sprint(args) -> str:
    """fmt.Sprint: spaces between operands when neither is a string."""
    p = Printer()
    p.do_print(_args(args))
    return p.text()


def sprintln(args) -> str:
    """fmt.Sprintln: spaces between all operands and a trailing newline."""
    p = Printer()
    p.do_println(_args(args))
    return p.text()


def sprintf(format: str, args) -> str:
    """fmt.Sprintf."""
    p = Printer()
    p.do_printf(format, _args(args))
    return p.text()


def _indented(s: str) -> str:
    return s.replace("\n", "\n\t")


def _basic_text(t, x) -> str:
    """What the runtime's print prints for a value of basic kind."""
    k = kind(t)
    if k == "bool":
        return "true" if x else "false"
    if k in ("int", "uint"):
        return str(T.wrap_int(int(x), t))
    if k in ("float32", "float64"):
        return format_float(float(x), "g", -1, 32 if k == "float32" else 64)
    if k in ("complex64", "complex128"):
        return format_complex(complex(x), "g", -1, 64 if k == "complex64" else 128)
    return x


def panic_value_text(v) -> str:
    """How the runtime prints a panic value after ``panic: `` (preprintpanics + printpanicval):
    Error() or String() text, strings as they are (newlines followed by a tab), numbers with the
    builtin print's rules, ``main.MyInt(5)`` / ``main.MyString("hi")`` for named basic types,
    ``(main.T) 0xc000012000`` for anything else."""
    if v is None:
        return "nil"
    for name in ("Error", "String"):
        m = find_method(v, name)
        if m is not None:
            return _indented(call_sync(m()))
    t, x = typeof(v), unbox(v)
    k = kind(t)
    if isinstance(t, T.Basic):
        return _indented(x) if k == "string" else _basic_text(t, x)
    if k == "string":
        return f'{t}("{_indented(x)}")'
    if k in ("complex64", "complex128"):
        return f"{t}{_basic_text(t, x)}"
    if k in ("bool", "int", "uint", "float32", "float64"):
        return f"{t}({_basic_text(t, x)})"
    return f"({t}) 0x{fake_address(x if x is not None else v):x}"


def panic_event_text(v) -> str:
    """A panic value as the PANIC and RECOVER trace events show it: ``panic_value_text``
    without running the program's code.  Go calls a panic value's Error or String method only
    when it prints the value (preprintpanics), never in ``panic`` or ``recover``, so a method
    written in Go is not run here: the value shows as ``%#v`` with methods off.  A library
    method (Python) runs; if it fails (a nil ``Err`` field) the value shows the same way."""
    if v is None:
        return "nil"
    for name in ("Error", "String"):
        m = find_method(v, name)
        if m is None:
            continue
        try:
            r = m()
        except Exception:
            return _without_methods(v)
        if type(r) is GeneratorType:        # a Go method: its body has not started
            r.close()
            return _without_methods(v)
        return _indented(r)
    return panic_value_text(v)


def _without_methods(v) -> str:
    """%#v of v without calling any Error, String or GoString method (as fmt does for a value
    it is reporting an error about)."""
    p = Printer()
    p.erroring = True
    p.do_printf("%#v", [v])
    return p.text()


def print_builtin_args(args, ln: bool = False, static_types=None) -> str:
    """The text of the builtin ``print(args...)`` (``ln=False``: no separators) or
    ``println(args...)`` (spaces and a newline).  args are interface values (to_iface of each
    argument); ``static_types`` (optional, parallel to args) marks interface-typed arguments,
    which print as ``(0x...,0x...)`` (type word, data word)."""
    parts = []
    args = _args(args)
    for n, arg in enumerate(args):
        st = static_types[n] if static_types is not None else None
        if st is not None and kind(st) == "interface":
            if arg is None:
                parts.append("(0x0,0x0)")
            else:
                parts.append("(0x%x,0x%x)" % (fake_address(typeof(arg)), fake_address(arg)))
            continue
        if arg is None:
            parts.append("0x0")
            continue
        t, x = typeof(arg), unbox(arg)
        k = kind(t)
        if k in ("bool", "int", "uint", "float32", "float64", "complex64", "complex128",
                 "string"):
            parts.append(_basic_text(t, x))
        elif k == "slice":
            if x is None:
                parts.append("[0/0]0x0")
            else:
                parts.append("[%d/%d]0x%x" % (x.len, x.cap, fake_address(x)))
        else:
            parts.append("0x%x" % fake_address(x))
    if ln:
        return " ".join(parts) + "\n"
    return "".join(parts)
