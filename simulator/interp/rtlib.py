"""The helpers compiled code calls (``_sget``, ``_idiv``, ``_recv``, ``_go``...).

``namespace(rt)`` builds the globals of one run's module: pure helpers are shared; the ones that
need the runtime are bound to it.  Every helper raises Go's panic for Go's error cases (index out
of range, nil map write, divide by zero...) with Go's exact text.
"""
from __future__ import annotations

import math
from struct import Struct as _Struct
from types import GeneratorType

from ..golang import types as T
from ..lib.dyn import dyntype, find_method
from ..runtime import chan as _chan
from ..runtime.errors import GoexitUnwind, GoPanic
from ..runtime.panic import recover as _recover_impl
from ..runtime.runtime2 import GOSCHED, PREEMPT_ASYNC, PREEMPT_COOP, PREEMPT_SPIN
from ..runtime.selectgo import selectgo
from ..tracing.events import EventKind as K
from ..values import (Boxed, Cell, FloatKeyMap, FuncPointer, GoSlice, GoStruct, GoValue, IfaceKeyMap, ValueKeyMap,
                      cell_pointer,
                      check_iface_key, copy_value, field_pointer, go_len_str)
from .growslice import _append, _append_slice  # noqa: F401  (called by compiled code)
from .rangefunc import _rfpanic  # noqa: F401  (called by compiled code)


def _oob(i, n):
    return GoPanic.runtime(_bounds_text(_INDEX, i, n))


#: runtime.boundsError's texts (runtime/error.go boundsErrorFmts) for the checks the compiler
#: emits (ssagen slice: a 3-index slice checks max, then high, then low); the second text is
#: boundsNegErrorFmts', used when x is negative: y is not printed then
_INDEX = ("index out of range [{x}] with length {y}", "index out of range [{x}]")
_SLICE_ALEN = ("slice bounds out of range [:{x}] with length {y}", "slice bounds out of range [:{x}]")
_SLICE_ACAP = ("slice bounds out of range [:{x}] with capacity {y}", "slice bounds out of range [:{x}]")
_SLICE_B = ("slice bounds out of range [{x}:{y}]", "slice bounds out of range [{x}:]")
_SLICE3_ALEN = ("slice bounds out of range [::{x}] with length {y}", "slice bounds out of range [::{x}]")
_SLICE3_ACAP = ("slice bounds out of range [::{x}] with capacity {y}", "slice bounds out of range [::{x}]")
_SLICE3_B = ("slice bounds out of range [:{x}:{y}]", "slice bounds out of range [:{x}:]")
_SLICE3_C = ("slice bounds out of range [{x}:{y}:]", "slice bounds out of range [{x}::]")


def _bounds_text(fmts, x, y):
    return fmts[x < 0].format(x=x, y=y)


# -- slices, arrays, strings ----------------------------------------------------------------------
def _sget(s, i):
    if s is None or not 0 <= i < s.len:
        raise _oob(i, 0 if s is None else s.len)
    return s.arr[s.off + i]


def _sset(s, i, v):
    if s is None or not 0 <= i < s.len:
        raise _oob(i, 0 if s is None else s.len)
    s.arr[s.off + i] = v


def _aget(a, i):
    if not 0 <= i < len(a):
        raise _oob(i, len(a))
    return a[i]


def _aset(a, i, v):
    if not 0 <= i < len(a):
        raise _oob(i, len(a))
    a[i] = v


def _strbyte(s, i):
    b = s.encode("utf-8", "surrogateescape") if not s.isascii() else s
    if not 0 <= i < len(b):
        raise _oob(i, len(b))
    return b[i] if isinstance(b, bytes) else ord(b[i])


def _strslice(s, lo, hi):
    ascii_ = s.isascii()
    b = s if ascii_ else s.encode("utf-8", "surrogateescape")   # invalid bytes survive
    n = len(b)
    lo = 0 if lo is None else lo
    hi = n if hi is None else hi
    if hi > n or hi < 0:
        raise GoPanic.runtime(_bounds_text(_SLICE_ALEN, hi, n))
    if lo > hi or lo < 0:
        raise GoPanic.runtime(_bounds_text(_SLICE_B, lo, hi))
    return b[lo:hi] if ascii_ else b[lo:hi].decode("utf-8", "surrogateescape")


def _slen(s):
    return go_len_str(s)


def _len(x):
    if x is None:
        return 0
    if isinstance(x, GoSlice):
        return x.len
    return len(x)


def _cap(x):
    if x is None:
        return 0
    if isinstance(x, GoSlice):
        return x.cap
    if isinstance(x, _chan.Chan):
        return 0 if x.timer is not None else x.cap
    return len(x)


def _slice(x, lo, hi, mx):
    """x[lo:hi] or x[lo:hi:mx] for a slice, an array (a list) or a nil slice (None)."""
    # an array's bound is its length, a slice's its capacity (the messages say which)
    array = isinstance(x, list)
    if x is None:
        arr, off, length, cap = None, 0, 0, 0
    elif array:
        arr, off, length, cap = x, 0, len(x), len(x)
    else:
        arr, off, length, cap = x.arr, x.off, x.len, x.cap
    lo = 0 if lo is None else lo
    hi = length if hi is None else hi
    if mx is None:
        mx = cap
        if hi > cap or hi < 0:
            raise GoPanic.runtime(_bounds_text(_SLICE_ALEN if array else _SLICE_ACAP, hi, cap))
        if lo > hi or lo < 0:
            raise GoPanic.runtime(_bounds_text(_SLICE_B, lo, hi))
    else:
        if mx > cap or mx < 0:
            raise GoPanic.runtime(_bounds_text(_SLICE3_ALEN if array else _SLICE3_ACAP, mx, cap))
        if hi > mx or hi < 0:
            raise GoPanic.runtime(_bounds_text(_SLICE3_B, hi, mx))
        if lo > hi or lo < 0:
            raise GoPanic.runtime(_bounds_text(_SLICE3_C, lo, hi))
    if x is None:
        return None             # slicing a nil slice gives a nil slice
    return GoSlice(arr, off + lo, hi - lo, mx - lo)


def _restruct(cls, v):
    """A copy of struct value v as struct class ``cls`` (same fields, another type)."""
    return v._copy(cls)


def _slice_to_array(s, n):
    """``[N]T(s)``: a copy of the first N elements; panics when len(s) < N."""
    ln = 0 if s is None else s.len
    if ln < n:
        raise GoPanic.runtime(f"cannot convert slice with length {ln} to array or pointer to "
                              f"array with length {n}")
    return [copy_value(x) for x in s.arr[s.off:s.off + n]] if n else []


def _copy(dst, src, by_value: bool = False):
    if dst is None or src is None:
        return 0
    items = src.items() if isinstance(src, GoSlice) else list(src)
    n = min(dst.len, len(items))
    dst.arr[dst.off:dst.off + n] = [copy_value(x) for x in items[:n]] if by_value else items[:n]
    return n


def _make_slice(n, cap, zero):
    if cap is None:
        cap = n
    if n < 0:
        raise GoPanic.runtime("makeslice: len out of range")
    if cap < n:
        raise GoPanic.runtime("makeslice: cap out of range")
    return GoSlice([zero() for _ in range(cap)], 0, n, cap)


def _keyed_list(size, zero, pairs):
    out = [zero() for _ in range(size)]
    for i, v in pairs:
        out[i] = v
    return out


def _range_slice(s):
    if s is None:
        return
    arr, off = s.arr, s.off
    for i in range(s.len):
        yield i, arr[off + i]


def _range_str(s):
    if s.isascii():
        for i, ch in enumerate(s):
            yield i, ord(ch)
        return
    i = 0
    for ch in s:
        yield i, (0xFFFD if 0xDC80 <= ord(ch) <= 0xDCFF else ord(ch))
        i += len(ch.encode("utf-8", "surrogateescape"))


def _str_to_bytes(s):
    b = s.encode("utf-8", "surrogateescape")
    return GoSlice(list(b))


def _str_to_runes(s):
    """``[]rune(s)``: each invalid UTF-8 byte (a surrogate escape) is one U+FFFD, as in range."""
    return GoSlice([0xFFFD if 0xDC80 <= (r := ord(c)) <= 0xDCFF else r for c in s])


def _bytes_to_str(b):
    if b is None:
        return ""
    return bytes(b.items()).decode("utf-8", "surrogateescape")


def _runes_to_str(r):
    """string(runes): an invalid rune (negative, past U+10FFFF, a surrogate) becomes U+FFFD."""
    return "" if r is None else "".join([_rune_to_str(c) for c in r.items()])


def _rune_to_str(c):
    """string(rune(c)), U+FFFD for an invalid rune.  Never a lone surrogate: in a str one
    stands for an invalid UTF-8 byte (see lib/gostrconv.py)."""
    return chr(c) if 0 <= c <= 0x10FFFF and not 0xD800 <= c <= 0xDFFF else "\ufffd"


# -- maps ------------------------------------------------------------------------------------------
def _mkmap(pairs, key_type):
    m = _mkmap_empty(key_type)
    if type(m) is dict:
        return {k: v for k, v in pairs}
    for k, v in pairs:
        m[k] = v
    return m


#: key kinds whose NaN is a key of its own each time (see values.FloatKeyMap)
_FLOAT_KINDS = frozenset({"float32", "float64", "complex64", "complex128"})


def _mkmap_empty(key_type):
    """A new map: a plain dict unless its keys need Go's equality (struct, array, interface,
    float: NaN != NaN)."""
    u = key_type.underlying()
    if isinstance(u, (T.Struct, T.Array)):
        return ValueKeyMap()
    if isinstance(u, T.Interface):
        return IfaceKeyMap()
    if isinstance(u, T.Basic) and u.name in _FLOAT_KINDS:
        return FloatKeyMap()
    return {}


def _mget(m, k, zero):
    if m is None:
        check_iface_key(k)
        return zero()
    v = m.get(k, _MISSING)
    return zero() if v is _MISSING else v


def _mget2(m, k, zero):
    if m is None:
        check_iface_key(k)
        return zero(), False
    v = m.get(k, _MISSING)
    return (zero(), False) if v is _MISSING else (v, True)


def _mset(m, k, v):
    if m is None:
        raise GoPanic.plain("assignment to entry in nil map")
    m[k] = v


def _mdel(m, k):
    if m is None:
        check_iface_key(k)
    else:
        m.pop(k, None)


def _clear(x):
    if isinstance(x, dict):
        x.clear()
    elif isinstance(x, GoSlice):
        z = 0
        for i in range(x.len):
            x.arr[x.off + i] = z


_MISSING = object()


# -- arithmetic ------------------------------------------------------------------------------------
def _idiv(a, b):
    if b == 0:
        raise GoPanic.runtime("integer divide by zero")
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _imod(a, b):
    if isinstance(a, float) or isinstance(b, float):
        return math.fmod(a, b)
    if b == 0:
        raise GoPanic.runtime("integer divide by zero")
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _fdiv(a, b):
    if b == 0:
        if isinstance(a, int) and isinstance(b, int):
            raise GoPanic.runtime("integer divide by zero")
        if a == 0 or a != a:
            return float("nan")
        return float("inf") if (a > 0) == (str(float(b))[0] != "-") else float("-inf")
    return a / b


_F32 = _Struct("f")
_pack_f32, _unpack_f32 = _F32.pack, _F32.unpack


def _f32(v):
    """A float32 value: rounded to single precision (float64(f32) then shows the difference,
    0.10000000149011612); out of range is ±Inf as a float32 conversion gives."""
    try:
        return _unpack_f32(_pack_f32(v))[0]
    except OverflowError:
        return math.copysign(math.inf, v)


# -- float to integer conversions: amd64's -----------------------------------------------------
# Out of range (and NaN) is not an error in Go: the result is what the instruction gives.
# CVTTSD2SQ/CVTTSD2SL truncate toward zero and give the "integer indefinite" value (the most
# negative integer) when the result does not fit.  gc converts to int64 for int, int64 and
# uint32 (then truncates), to int32 for int32, int16, int8, uint16 and uint8 (then truncates),
# and for uint64 takes a branch around 2^63 (ssagen: x < 2^63 ? cvt(x) : cvt(x-2^63) | 1<<63).
_TWO63 = 9.223372036854775808e18


def _f2i64(x):
    """CVTTSD2SQ: int64(x) for a float64 x."""
    if -_TWO63 <= x < _TWO63:
        return int(x)
    return -0x8000000000000000


def _f2i32(x):
    """CVTTSD2SL: int32(x) for a float64 x (-2147483648.5 truncates to a valid -2147483648)."""
    if -2147483649.0 < x < 2147483648.0:
        return int(x)
    return -0x80000000


def _f2u64(x):
    """uint64(x) for a float64 x: -1.0 gives 2^64-1, NaN, ±Inf and 1e20 give 2^63."""
    if x < _TWO63:
        return _f2i64(x) & 0xFFFFFFFFFFFFFFFF
    return (_f2i64(x - _TWO63) & 0xFFFFFFFFFFFFFFFF) | 0x8000000000000000


def _w64(v):
    """int/int64 arithmetic wraps around like Go's; the common in-range case costs one test."""
    if -0x8000000000000000 <= v <= 0x7FFFFFFFFFFFFFFF:
        return v
    return ((v + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def _wrap(v, bits, signed):
    mask = (1 << bits) - 1
    v &= mask
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


# -- interfaces ------------------------------------------------------------------------------------
def _ifptr(t, v):
    """A pointer to a struct put in an interface: a nil pointer still makes a non-nil interface."""
    return Boxed(t, None) if v is None else v


def _assert(v, t, static):
    ok, out = _try_assert(v, t)
    if ok:
        return out
    from ..lib.gofmt import typeof
    from ..lib.runtime_errors import RuntimeError_
    st = "interface {}" if static is None or not isinstance(static.underlying(), T.Interface) or \
        not (static.underlying().methods or isinstance(static, T.Named)) else str(static)
    if v is None:      # to an interface type Go names no static type (assertE2I, typeAssert)
        msg = f"interface conversion: {'interface' if T.is_interface(t) else st} is nil, not {t}"
    elif T.is_interface(t):
        missing = next((n for n, _ in t.underlying().methods if find_method(v, n) is None), "?")
        msg = f"interface conversion: {typeof(v)} is not {t}: missing method {missing}"
    else:
        msg = f"interface conversion: {st} is {typeof(v)}, not {t}"
    raise GoPanic(RuntimeError_(msg), True)


def _assert2(v, t, zero):
    ok, out = _try_assert(v, t)
    return (out, True) if ok else (zero(), False)


def _try_assert(v, t):
    """(ok, v.(t)).  A struct or array comes out as a copy: Go copies the value out of the
    interface, so writing to the result never changes the value the interface holds."""
    if not _tmatch(v, t):
        return False, None
    if T.is_interface(t):
        return True, v                  # the interface value itself, its dynamic type kept
    return True, copy_value(v.v if v.__class__ is Boxed else v)


def _tmatch(v, t):
    """Whether interface value v holds a t (or, for an interface type t, implements it)."""
    if v is None:
        return False
    if T.is_interface(t):
        return all(find_method(v, name) is not None for name, _ in t.underlying().methods)
    return dyntype(v) == t


def _ieq(a, b):
    """Interface values are equal when their dynamic types and values are: a natural value's
    Python type is its Go type (values.py), so any(1) != any(1.0) != any(true) here too."""
    return type(a) is type(b) and a == b


def _veq(a, b):
    if isinstance(a, (GoStruct, GoValue)):
        return a._eq(b)
    return a == b


# -- pointers --------------------------------------------------------------------------------------
_cellptr = cell_pointer          # &x of an escaping variable (hot: no wrapper)


def _fieldptr(obj, name, t=None):
    return field_pointer(_nn(obj), name, t)


def _indexptr(s, i, t=None):
    if isinstance(s, GoSlice):
        if not 0 <= i < s.len:
            raise _oob(i, s.len)
        arr, j = s.arr, s.off + i
    else:
        if not 0 <= i < len(s):
            raise _oob(i, len(s))
        arr, j = s, i

    def get():
        return arr[j]

    def set_(v):
        arr[j] = v
    return FuncPointer(get, set_, ("index", id(arr), j), t)


def _nn(p):
    if p is None:
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    return p


def _newlib(cls, fields: dict):
    o = cls()
    for k, v in fields.items():
        setattr(o, k, v)
    return o


def _bindm(impl, recv):
    def method_value(*args):
        return impl(recv, *args)
    return method_value


def _imethod(v, name):
    m = find_method(v, name)
    if m is None:
        raise _nn(None)
    return m


def _spread(values, params, types, variadic):
    from ..lib.dyn import to_iface
    out = []
    fixed = params[:-1] if variadic else params
    for i, (v, vt) in enumerate(zip(values, types)):
        target = fixed[i] if i < len(fixed) else params[-1].elem
        out.append(to_iface(vt, v) if T.is_interface(target) else v)
    if variadic:
        return out[:len(fixed)] + [GoSlice(out[len(fixed):])]
    return out


#: marks a bare `return` that left a range-over-func body
_BARE = object()


def _noop(*a):
    return None


_Z = {"int": lambda: 0, "str": lambda: "", "nil": lambda: None, "bool": lambda: False,
      "float": lambda: 0.0}


def namespace(rt, program) -> dict:
    """Globals for one run of ``program`` on runtime ``rt``."""
    rec = rt.rec

    def _callv(f, *args):
        if f is None:
            raise _nn(None)
        r = f(*args)
        if type(r) is GeneratorType:
            r = yield from r
        return r

    def _panic(v):
        if v is None:
            from ..lib.runtime_errors import PanicNilError
            p = GoPanic(PanicNilError(), True)
        else:
            p = GoPanic(v)
        rec.emit(K.PANIC, 0, rt.format_panic_value(p.value), p.is_runtime)
        raise p

    def _recover(fr):
        return _recover_impl(rt, fr)

    def _print_builtin(newline, vals):
        from ..lib.gofmt import print_builtin_args
        rt.write("stderr", print_builtin_args(vals, newline))

    def _range_map(m):
        if not m:
            return
        keys = list(m)
        rt.rng.shuffle(keys)
        for k in keys:
            if k in m:
                yield k, m[k]

    def _makechan(t, cap, zero):
        return _chan.makechan(t, cap, zero)

    ns = {
        "_rt": rt, "_S": rec.codes.append, "_L": rec.codes.__len__, "_K": program.consts,
        "_PRE_ASYNC": PREEMPT_ASYNC, "_PRE_COOP": PREEMPT_COOP, "_PRE_SPIN": PREEMPT_SPIN, "_BARE": _BARE, "_GOSCHED": GOSCHED,
        "_enter": rt.enter, "_leave": rt.leave, "_Cell": Cell, "_Boxed": Boxed, "_GoSlice": GoSlice,
        "_copyv": copy_value, "_callv": _callv, "_go": rt.newproc, "_gogen": rt.newproc_gen, "_panic": _panic, "_recover": _recover,
        "_print_builtin": _print_builtin, "_range_map": _range_map, "_makechan": _makechan,
        "_send": _chan.chansend, "_recv": _chan.chanrecv, "_recv2": _chan.chanrecv2,
        "_closechan": _chan.closechan, "_select": selectgo, "_Goexit": GoexitUnwind,
    }
    for k, f in _Z.items():
        ns["_Z" + k] = f
    for name, val in globals().items():
        if name.startswith("_") and not name.startswith("__") and name not in ns and callable(val):
            ns[name] = val
    return ns
