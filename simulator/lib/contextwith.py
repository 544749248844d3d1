"""Package context, the derived contexts (go1.27 ``src/context/context.go``): timerCtx,
afterFuncCtx, valueCtx, withoutCancelCtx and the With* constructors.  See contextpkg.py for the
invariants; this module only adds the constructors' rules:
* WithDeadline(parent, d) with a parent deadline already before d is WithCancel(parent);
* a deadline already past cancels at once with DeadlineExceeded;
* WithValue panics on a nil or incomparable key; every constructor panics on a nil parent.
"""
from __future__ import annotations

from ..runtime import current
from .contextpkg import (CANCEL_CTX_KEY, _CTX_METHODS, CancelCtx, Canceled, DeadlineExceeded, _call,
                         _context_name, _Ctx, _stringify, cancel_root, context, value)
from .errorspkg import comparable, dyntype
from .syncpkg import gopanic
from .timepkg import Time, now
from .timesleep import AfterFunc as time_after_func


def _check_parent(parent) -> None:
    if parent is None:
        raise gopanic("cannot create context from nil parent")


def _new_cancel_ctx(parent, cls=CancelCtx, deadline=None):
    _check_parent(parent)
    c = cls()
    c._register(parent, deadline)
    c.propagate_cancel(parent)
    return c


@context.func("func WithCancel(parent Context) (ctx Context, cancel CancelFunc)")
def WithCancel(parent):
    c = _new_cancel_ctx(parent)
    return c, lambda: cancel_root(c, True, Canceled, None)


@context.func("func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)")
def WithCancelCause(parent):
    c = _new_cancel_ctx(parent)
    return c, lambda cause: cancel_root(c, True, Canceled, cause)


@context.func("func Cause(c Context) error")
def Cause(c):
    cc = value(c, CANCEL_CTX_KEY)
    if isinstance(cc, CancelCtx):
        return cc.cause
    return _call(c, "Err")


@context.type("timerCtx", "struct{ cancelCtx }")
class TimerCtx(CancelCtx):
    kind = "deadline"
    _go_methods = _CTX_METHODS

    def __init__(self):
        super().__init__()
        self.deadline = Time()
        self.timer = None

    def Deadline(self):
        return self.deadline, True

    def String(self):
        return (_context_name(self.parent) + ".WithDeadline(" + self.deadline.String() + " ["
                + _duration_text(self.deadline.Sub(now())) + "])")

    def cancel(self, remove_from_parent, err, cause, reached) -> None:
        super().cancel(False, err, cause, reached)
        if remove_from_parent:
            from .contextpkg import _remove_child
            _remove_child(self.parent, self)
        if self.timer is not None:
            self.timer.Stop()
            self.timer = None


def _duration_text(d: int) -> str:
    from .durations import format_duration
    return format_duration(d)


@context.func("func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)")
def WithDeadline(parent, d):
    return WithDeadlineCause(parent, d, None)


@context.func("func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)")
def WithDeadlineCause(parent, d, cause):
    _check_parent(parent)
    cur, ok = _call(parent, "Deadline")
    if ok and cur.Before(d):
        return WithCancel(parent)          # the current deadline is already sooner
    c = TimerCtx()
    c.deadline = d
    c._register(parent, d)
    c.propagate_cancel(parent)
    dur = d.Sub(now())
    if dur <= 0:
        cancel_root(c, True, DeadlineExceeded, cause)
        return c, lambda: cancel_root(c, False, Canceled, None)
    if c.err is None:
        c.timer = time_after_func(dur, lambda: cancel_root(c, True, DeadlineExceeded, cause))
        c.timer._rtimer.what = "context"
    return c, lambda: cancel_root(c, True, Canceled, None)


@context.func("func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)")
def WithTimeout(parent, timeout):
    return WithDeadlineCause(parent, now().Add(timeout), None)


@context.func("func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)")
def WithTimeoutCause(parent, timeout, cause):
    return WithDeadlineCause(parent, now().Add(timeout), cause)


@context.type("afterFuncCtx", "struct{ cancelCtx }")
class AfterFuncCtx(CancelCtx):
    """AfterFunc's child: when cancelled, f runs once in its own goroutine."""
    kind = "afterFunc"
    _go_methods = _CTX_METHODS

    def __init__(self):
        super().__init__()
        self.f = None
        self.once_done = False

    def cancel(self, remove_from_parent, err, cause, reached) -> None:
        super().cancel(False, err, cause, reached)
        if remove_from_parent:
            from .contextpkg import _remove_child
            _remove_child(self.parent, self)
        if not self.once_done:
            self.once_done = True
            current().newproc(self.f, (), "context.AfterFunc.func1")


@context.func("func AfterFunc(ctx Context, f func()) (stop func() bool)")
def AfterFunc(ctx, f):
    a = AfterFuncCtx()
    a.f = f
    a._register(ctx)
    a.propagate_cancel(ctx)

    def stop():
        if a.once_done:
            return False
        a.once_done = True
        a.cancel(True, Canceled, None, [])     # detach; not a user-visible cancellation
        return True
    return stop


@context.type("valueCtx", "struct{ Context; key, val any }")
class ValueCtx(_Ctx):
    kind = "value"
    _go_methods = _CTX_METHODS

    def __init__(self, parent=None, key=None, val=None):
        self.parent, self.key, self.val = parent, key, val

    def Deadline(self):
        return _call(self.parent, "Deadline")

    def Done(self):
        return _call(self.parent, "Done")

    def Err(self):
        return _call(self.parent, "Err")

    def Value(self, key):
        return value(self, key)

    def String(self):
        return (_context_name(self.parent) + ".WithValue(" + _stringify(self.key) + ", "
                + _stringify(self.val) + ")")


@context.func("func WithValue(parent Context, key, val any) Context")
def WithValue(parent, key, val):
    _check_parent(parent)
    if key is None:
        raise gopanic("nil key")
    if not comparable(dyntype(key)):
        raise gopanic("key is not comparable")
    c = ValueCtx(parent, key, val)
    c._register(parent)
    return c


@context.type("withoutCancelCtx", "struct{ c Context }")
class WithoutCancelCtx(_Ctx):
    kind = "withoutCancel"
    _go_methods = _CTX_METHODS
    _go_value_recv = tuple(_CTX_METHODS)

    def __init__(self, parent=None):
        self.parent = parent

    def Deadline(self):
        return Time(), False

    def Done(self):
        return None

    def Err(self):
        return None

    def Value(self, key):
        return value(self, key)

    def String(self):
        return _context_name(self.parent) + ".WithoutCancel"


@context.func("func WithoutCancel(parent Context) Context")
def WithoutCancel(parent):
    _check_parent(parent)
    c = WithoutCancelCtx(parent)
    c._register(parent)
    return c
