"""Package errors: New, Is, As, Unwrap, Join, ErrUnsupported (go1.27 ``src/errors``).

Error values are interface values (values.py).  Methods of user error types (Unwrap, Is, As,
Error) are found with ``dyn.find_method`` and run with ``dyn.call_sync``.
"""
from __future__ import annotations

from ..golang import types as T
from ..runtime.errors import GoPanic
from ..values import Boxed, GoSlice, GoStruct, Pointer, copy_value
from .dyn import call_sync, find_method, unbox
from .registry import Package


def dyntype(v):
    from .gofmt import typeof   # tolerates library classes without a gotype
    return typeof(v)

errors = Package("errors")


@errors.type("errorString", "struct{ s string }")
class ErrorString:
    """*errors.errorString: what errors.New returns (each call a distinct pointer)."""
    __slots__ = ("s",)
    _fields = ("s",)
    _go_methods = {"Error": "func() string"}

    def __init__(self, s: str = ""):
        self.s = s

    def Error(self) -> str:
        return self.s

    def __repr__(self):
        return f"errors.New({self.s!r})"


@errors.type("joinError", "struct{ errs []error }")
class JoinError:
    __slots__ = ("errs",)
    _fields = ("errs",)
    _go_methods = {"Error": "func() string", "Unwrap": "func() []error"}

    def __init__(self, errs: list):
        self.errs = errs

    def Error(self) -> str:
        return "\n".join(error_text(e) for e in self.errs)

    def Unwrap(self):
        return GoSlice(list(self.errs))


def error_text(err) -> str:
    """err.Error() for any error interface value."""
    return call_sync(find_method(err, "Error")())


def iface_eq(a, b) -> bool:
    """Go's == on two interface values (same dynamic type and equal values)."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if dyntype(a) != dyntype(b):
        return False
    return a == b


def comparable(t) -> bool:
    u = T.under(t)
    if isinstance(u, (T.Slice, T.Map, T.Signature)):
        return False
    if isinstance(u, T.Struct):
        return all(comparable(f.type) for f in u.fields)
    if isinstance(u, T.Array):
        return comparable(u.elem)
    return True


def _unwrap_any(err):
    """(kind, result): kind 'one' for Unwrap() error, 'many' for Unwrap() []error, None."""
    m = find_method(err, "Unwrap")
    if m is None:
        return None, None
    r = call_sync(m())
    if isinstance(r, (GoSlice, list)):
        return "many", list(r)
    if isinstance(r, Boxed) and isinstance(r.type.underlying(), T.Slice):
        return "many", list(r.v or ())
    return "one", r


@errors.func("func New(text string) error")
def New(text):
    return ErrorString(text)


@errors.func("func Is(err, target error) bool")
def Is(err, target):
    if err is None or target is None:
        return err is target
    return _is(err, target, comparable(dyntype(target)))


def _is(err, target, target_comparable: bool) -> bool:
    while True:
        if target_comparable and iface_eq(err, target):
            return True
        m = find_method(err, "Is")
        if m is not None and call_sync(m(target)):
            return True
        kind, r = _unwrap_any(err)
        if kind == "one":
            err = r
            if err is None:
                return False
        elif kind == "many":
            return any(e is not None and _is(e, target, target_comparable) for e in r or ())
        else:
            return False


@errors.func("func As(err error, target any) bool")
def As(err, target):
    if err is None:
        return False
    if target is None:
        raise GoPanic("errors: target cannot be nil")
    tt = dyntype(target)
    ptr = unbox(target)
    if not isinstance(T.under(tt), T.Pointer) or ptr is None:
        raise GoPanic("errors: target must be a non-nil pointer")
    elem = T.under(tt).elem
    if not T.is_interface(elem) and not T.implements(elem, T.ERROR):
        raise GoPanic("errors: *target must be interface or implement error")
    return _as(err, target, ptr, elem)


def _assignable(t, target_type) -> bool:
    if T.is_interface(target_type):
        return T.implements(t, target_type)
    return t == target_type


def _set(ptr, elem, err) -> None:
    # a raw struct object in an interface is a *pointer* (values.py): share it; a Boxed struct
    # value is copied
    value = err if T.is_interface(elem) else (copy_value(err.v) if isinstance(err, Boxed) else err)
    if isinstance(ptr, Pointer):
        ptr.set(value)
    elif isinstance(ptr, GoStruct):
        ptr._assign(value)
    else:   # pragma: no cover  (a library pointer representation we do not know)
        raise TypeError(f"errors.As: cannot store through {ptr!r}")


def _as(err, target, ptr, elem) -> bool:
    while True:
        if _assignable(dyntype(err), elem):
            _set(ptr, elem, err)
            return True
        m = find_method(err, "As")
        if m is not None and call_sync(m(target)):
            return True
        kind, r = _unwrap_any(err)
        if kind == "one":
            err = r
            if err is None:
                return False
        elif kind == "many":
            return any(e is not None and _as(e, target, ptr, elem) for e in r or ())
        else:
            return False


@errors.func("func Unwrap(err error) error")
def Unwrap(err):
    if err is None:
        return None
    kind, r = _unwrap_any(err)
    return r if kind == "one" else None


@errors.func("func Join(errs ...error) error")
def Join(errs):
    items = [e for e in (errs.items() if errs is not None else ()) if e is not None]
    if not items:
        return None
    return JoinError(items)


ErrUnsupported = ErrorString("unsupported operation")
errors.var("ErrUnsupported", "error", ErrUnsupported)
