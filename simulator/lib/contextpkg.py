"""Package context (go1.27 ``src/context/context.go``): Background, TODO, WithCancel(Cause),
WithDeadline(Cause), WithTimeout(Cause), WithValue, WithoutCancel, AfterFunc, Cause.

The shapes are Go's: ``cancelCtx`` (with ``timerCtx`` and ``afterFuncCtx`` built on it),
``valueCtx``, ``withoutCancelCtx`` and the two empty contexts.  Invariants:
* cancellation flows from a context to its *descendants* only (``children``), never upward;
  a context is cancelled at most once (``err`` set), its Done channel is created lazily and
  closed on cancel (a shared closed channel if nobody asked for Done before);
* a child's deadline never outlives its parent's (WithDeadline on a later deadline is WithCancel);
* a deadline cancels from a ``time.AfterFunc`` goroutine, as in Go, and cancelling stops that
  timer, so a finished context never keeps the process alive (checkdead);
* a parent this package did not create is watched by a goroutine (propagateCancel).
Trace: CTX_CREATE (ctx id, kind, parent id, deadline ns or None) once per context;
CTX_CANCEL (ctx id, err text, cascade = the descendant ids it reached) once per cancel call
that did something.  ``context_tree`` (contexttree.py) rebuilds the tree from those events.
"""
from __future__ import annotations

import weakref

from ..golang import types as T
from ..runtime import current
from ..runtime.chan import closechan, makechan
from ..runtime.errors import GoPanic
from ..runtime.selectgo import selectgo
from ..tracing.events import EventKind as K
from ..values import GoStruct
from .dyn import call_sync, find_method, unbox
from .errorspkg import ErrorString, dyntype, error_text, iface_eq
from .registry import Package
from .syncpkg import gopanic
from .timepkg import EPOCH_NS, Time

context = Package("context")
context.type("Context", "interface{ Deadline() (deadline time.Time, ok bool); Done() <-chan struct{}; "
                        "Err() error; Value(key any) any }")
context.type("CancelFunc", "func()")
context.type("CancelCauseFunc", "func(cause error)")

Canceled = ErrorString("context canceled")
context.var("Canceled", "error", Canceled)


@context.type("deadlineExceededError", "struct{}")
class DeadlineExceededError:
    _go_methods = {"Error": "func() string", "Timeout": "func() bool", "Temporary": "func() bool"}
    _go_value_recv = tuple(_go_methods)

    def Error(self):
        return "context deadline exceeded"

    def Timeout(self):
        return True

    def Temporary(self):
        return True


DeadlineExceeded = DeadlineExceededError()
context.var("DeadlineExceeded", "error", DeadlineExceeded)

#: the key cancelCtx.Value answers with itself (Go's &cancelCtxKey)
CANCEL_CTX_KEY = object()
_CTX_METHODS = {"Deadline": "func() (deadline time.Time, ok bool)", "Done": "func() <-chan struct{}",
                "Err": "func() error", "Value": "func(key any) any", "String": "func() string"}


class _EmptyStruct(GoStruct):
    """The value ``struct{}{}`` (what a receive from a closed Done channel yields)."""
    __slots__ = ()
    _type = T.Struct()
    _ptrtype = T.Pointer(T.Struct())


_DONE_TYPE = T.Chan(T.Struct(), "both")


class _State:
    """Per-run singletons: Background, TODO and the shared closed channel."""

    def __init__(self):
        self.background = None
        self.todo = None
        self.closedchan = None


_STATES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _state() -> _State:
    rt = current()
    st = _STATES.get(rt)
    if st is None:
        st = _STATES[rt] = _State()
        _attach_types()
    return st


#: context types whose values (not pointers) implement Context / error in Go
_VALUE_TYPES = ("backgroundCtx", "todoCtx", "withoutCancelCtx", "deadlineExceededError")


def _attach_types() -> None:
    """Give every context class its ``gotype`` now (the front end attaches it only to types a
    program names), so dynamic-type questions (%T, errors.As, embedding) have answers."""
    from ..interp.libload import named_type
    for name, decl in context.types.items():
        if decl.pyclass is not None:
            nt = named_type("context", name)
            if name in _VALUE_TYPES:
                decl.pyclass.gotype = nt


class _GoTypeOnFirstUse:
    """A context class's ``gotype`` until its first read, which attaches every context type
    (``_attach_types`` replaces this on each class).  So ``%T`` of ``context.DeadlineExceeded``
    never depends on whether some context was created before, in this run or an earlier one."""

    def __get__(self, obj, cls):
        _attach_types()
        gotype = cls.__dict__.get("gotype")
        return None if gotype is self else gotype


def attach_types_on_first_use() -> None:
    """Called once every context type is registered (end of contextwith)."""
    for name, decl in context.types.items():
        if decl.pyclass is not None and "gotype" not in decl.pyclass.__dict__:
            decl.pyclass.gotype = _GoTypeOnFirstUse()
        if decl.pyclass is not None and name in _VALUE_TYPES:
            decl.pyclass._is_value = True      # whoever resolves the type first (libload)


def _closedchan():
    st = _state()
    if st.closedchan is None:
        st.closedchan = makechan(_DONE_TYPE, 0, _EmptyStruct)
        closechan(st.closedchan)
    return st.closedchan


def _call(ctx, name, *args):
    """ctx.name(args) for any Context: ours directly, a user type through its method set."""
    if isinstance(ctx, _Ctx):
        return getattr(ctx, name)(*args)
    m = find_method(ctx, name)
    if m is None and isinstance(unbox(ctx), GoStruct):
        m = find_method(unbox(ctx), name)      # promoted from an embedded Context
    if m is None:                 # a nil Context (or one embedded in a struct): a method call on nil
        raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                              "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    return call_sync(m(*args))


def _vtime(t: Time) -> int:
    return t.mono if t.mono is not None else t.ns - EPOCH_NS


class _Ctx:
    """What every context of this package shares: an id (trace) and a parent."""
    kind = ""

    def _register(self, parent, deadline=None) -> None:
        rt = current()
        self.id = rt.new_id()
        pid = parent.id if isinstance(parent, _Ctx) else 0
        rt.rec.emit(K.CTX_CREATE, 0, self.id, self.kind, pid,
                    None if deadline is None else _vtime(deadline))


def _context_name(c) -> str:
    """Go's contextName: String() if c's method set has it, else c's type."""
    m = find_method(c, "String") if not isinstance(unbox(c), GoStruct) else _own_method(c, "String")
    if m is not None:
        return call_sync(m())
    return str(dyntype(c))


def _own_method(v, name: str):
    """A method declared on v's own type (not promoted through an embedded interface)."""
    t = dyntype(v)
    base = t.elem if isinstance(t, T.Pointer) else t
    info = base.methods.get(name) if isinstance(base, T.Named) else None
    if info is None or (info.ptr_recv and not isinstance(t, T.Pointer)):
        return None
    recv = unbox(v)
    return lambda *a: info.impl(recv, *a)


def _stringify(v) -> str:
    m = find_method(v, "String")
    if m is not None and v is not None:
        return call_sync(m())
    if isinstance(v, str):
        return v
    if v is None:
        return "<nil>"
    return str(dyntype(v))


class _EmptyCtx(_Ctx):
    _go_methods = _CTX_METHODS
    _go_value_recv = tuple(_CTX_METHODS)
    name = ""

    def __init__(self):
        self._register(None)

    def Deadline(self):
        return Time(), False

    def Done(self):
        return None

    def Err(self):
        return None

    def Value(self, key):
        return None

    def String(self):
        return self.name


context.type("emptyCtx", "struct{}")       # embedded by the two roots (%#v shows it)


@context.type("backgroundCtx", "struct{ emptyCtx }")
class BackgroundCtx(_EmptyCtx):
    kind, name = "background", "context.Background"


@context.type("todoCtx", "struct{ emptyCtx }")
class TodoCtx(_EmptyCtx):
    kind, name = "todo", "context.TODO"


@context.func("func Background() Context")
def Background():
    st = _state()
    if st.background is None:
        st.background = BackgroundCtx()
    return st.background


@context.func("func TODO() Context")
def TODO():
    st = _state()
    if st.todo is None:
        st.todo = TodoCtx()
    return st.todo


@context.type("cancelCtx", "struct{ Context }")
class CancelCtx(_Ctx):
    kind = "cancel"
    _go_methods = _CTX_METHODS

    def __init__(self, parent=None):
        self.parent = parent
        self._done = None
        self.err = None
        self.cause = None
        self.children: dict = {}

    # the Context interface
    def Deadline(self):
        return _call(self.parent, "Deadline")

    def Done(self):
        if self._done is None:
            self._done = makechan(_DONE_TYPE, 0, _EmptyStruct)
        return self._done

    def Err(self):
        return self.err

    def Value(self, key):
        if key is CANCEL_CTX_KEY:
            return self
        return value(self.parent, key)

    def String(self):
        return _context_name(self.parent) + ".WithCancel"

    # cancellation
    def cancel(self, remove_from_parent: bool, err, cause, reached: list) -> None:
        """Go's cancelCtx.cancel; appends every context it cancels to ``reached``."""
        if self.err is not None:
            return
        self.err = err
        self.cause = cause if cause is not None else err
        if self._done is None:
            self._done = _closedchan()
        else:
            closechan(self._done)
        reached.append(self.id)
        children = list(self.children.values())
        self.children = {}
        current().rng.shuffle(children)        # Go ranges over a map
        for child in children:
            child.cancel(False, err, self.cause, reached)
        if remove_from_parent:
            _remove_child(self.parent, self)

    def propagate_cancel(self, parent) -> None:
        """Go's propagateCancel: arrange for self to be cancelled when parent is."""
        self.parent = parent
        done = _call(parent, "Done")
        if done is None:
            return                              # parent is never cancelled
        if done.closed:
            cancel_root(self, False, _call(parent, "Err"), Cause(parent))
            return
        p = _parent_cancel_ctx(parent, done)
        if p is not None:
            if p.err is not None:
                cancel_root(self, False, p.err, p.cause)
            else:
                p.children[self.id] = self
            return
        current().newproc(self._watch, (parent, done), "context.(*cancelCtx).propagateCancel.func2")

    def _watch(self, parent, pdone):
        i, _, _ = yield from selectgo([(0, pdone, None), (0, self.Done(), None)], False)
        if i == 0:
            cancel_root(self, False, _call(parent, "Err"), Cause(parent))


def cancel_root(ctx, remove_from_parent: bool, err, cause) -> None:
    """Cancel ctx and its subtree; one CTX_CANCEL event for the whole cascade."""
    reached: list = []
    ctx.cancel(remove_from_parent, err, cause, reached)
    if reached:
        current().rec.emit(K.CTX_CANCEL, 0, ctx.id, error_text(err), tuple(reached[1:]))


def _parent_cancel_ctx(parent, done):
    if done is None or done is _closedchan():
        return None
    p = value(parent, CANCEL_CTX_KEY)
    if not isinstance(p, CancelCtx) or p._done is not done:
        return None
    return p


def _remove_child(parent, child) -> None:
    p = _parent_cancel_ctx(parent, _call(parent, "Done")) if parent is not None else None
    if p is not None:
        p.children.pop(child.id, None)


def value(c, key):
    """Go's value(): walk up the chain without recursion."""
    while True:
        if isinstance(c, ValueCtx):
            if key is not CANCEL_CTX_KEY and iface_eq(c.key, key):
                return c.val
            c = c.parent
        elif isinstance(c, CancelCtx):
            if key is CANCEL_CTX_KEY:
                return c
            c = c.parent
        elif isinstance(c, WithoutCancelCtx):
            if key is CANCEL_CTX_KEY:
                return None
            c = c.parent
        elif isinstance(c, _EmptyCtx) or c is None:
            return None
        else:
            return _call(c, "Value", key)


from .contextwith import (AfterFunc, Cause, ValueCtx, WithCancel, WithCancelCause,  # noqa: E402,F401
                          WithDeadline, WithDeadlineCause, WithoutCancel, WithoutCancelCtx,
                          WithTimeout, WithTimeoutCause, WithValue)
from .contexttree import context_tree  # noqa: E402,F401

attach_types_on_first_use()          # every context type is registered now

__all__ = ["context_tree", "Background", "TODO", "Canceled", "DeadlineExceeded", "Cause",
           "WithCancel", "WithCancelCause", "WithDeadline", "WithDeadlineCause", "WithTimeout",
           "WithTimeoutCause", "WithValue", "WithoutCancel", "AfterFunc"]
