"""Frames, defer stacks, panic, recover and Goexit (Go's panic.go: deferproc, deferreturn,
gopanic, gorecover, Goexit, printpanics).

Invariants:
* ``g.frames`` lists the goroutine's live frames, innermost last; each ``Frame`` owns its
  ``defers`` stack (LIFO: last pushed runs first);
* a deferred call runs in a fresh frame marked ``recover_target`` = the panic being unwound, and
  ``recover`` succeeds only in such a frame (so only when called *directly* by a deferred
  function), only during a panic (not during Goexit), and only once;
* ``g.panic`` is the panic whose deferred call is running, restored when that call ends: a panic
  raised and recovered inside it does not hide the outer one (a normal return's deferred calls
  leave it alone: their frames cannot recover anyway);
* a panic raised by a deferred call during Goexit keeps the Goexit pending: recovering the panic
  resumes the Goexit in the recovering frame (it never returns normally);
* every defer pushed ends as exactly one of DEFER_DONE (it ran) or DEFER_LOST (the process ended).
"""
from __future__ import annotations

from types import GeneratorType

from ..lib.printval import args_text
from ..tracing.events import EventKind as K
from ..values import Boxed
from .errors import Fatal, GoexitUnwind, GoPanic, GoUnwind, Unsupported

# event codes as ints: a defer push/run/done is recorded with two appends (the G's slice is open)
_DEFER_PUSH, _DEFER_RUN, _DEFER_DONE = int(K.DEFER_PUSH), int(K.DEFER_RUN), int(K.DEFER_DONE)


#: A pending deferred call (Go's _defer record) is the tuple ``(defer id, fn, evaluated args)``:
#: a tuple because a goroutine of the stress benchmark pushes two (an object costs 10x more);
#: its source text and argument texts are in the DEFER_PUSH event.
Defer = tuple


class Frame:
    __slots__ = ("rt", "g", "id", "func", "defers", "recover_target")

    def __init__(self, rt, g, fid: int, func: str):
        self.rt = rt
        self.g = g
        self.id = fid
        self.func = func
        self.defers: list[Defer] = []
        self.recover_target = None

    # -- deferproc -------------------------------------------------------------------------------
    def defer(self, fn, args: tuple, text: str, packed: bool = False) -> None:
        """deferproc: ``packed`` says the last argument is the variadic GoSlice the compiler
        built; the event shows its elements as the separate arguments the user wrote."""
        rt = self.rt
        did = rt.next_defer_id = rt.next_defer_id + 1
        self.defers.append((did, fn, args))
        if packed and args:
            args = args[:-1] + (tuple(args[-1].items()) if args[-1] is not None else ())
        rec = rt.rec
        rec.rich_data.append((did, self.id, text, args_text(args) if args else ""))
        rec.codes.append(_DEFER_PUSH)

    # -- deferreturn -----------------------------------------------------------------------------
    def run_defers(self):
        """Normal return: run the deferred calls, newest first.  A deferred call that panics
        starts unwinding the rest (which may recover).  A generator (see ``run_defers_now``)."""
        rest = self.run_defers_now()
        if rest is not None:
            yield from rest

    def run_defers_now(self):
        """``run_defers`` as a plain function for as long as the deferred calls are plain
        (library functions, as most are): returns None when every one ran, else a generator that
        finishes the job (a deferred Go function to drive, or a panic to unwind) for the caller
        to ``yield from``.  Saves a generator per return of a function with defers."""
        g = self.g
        rec = self.rt.rec
        data = rec.rich_data.append
        code = rec.codes.append
        defers = self.defers
        while defers:
            d_id, fn, args = defers.pop()
            data(d_id)
            code(_DEFER_RUN)
            g.deferring = False
            try:
                r = fn(*args) if fn is not None else _nil_call()
            except GoUnwind as e:
                g.deferring = None
                return self.unwind(e)
            except Exception as e:
                g.deferring = None
                return self.unwind(as_unwind(e, self.rt))
            if type(r) is GeneratorType:      # a Go function (its frame starts when driven)
                return self._drive_defer(r, d_id)
            g.deferring = None
            data(d_id)
            code(_DEFER_DONE)
        return None

    def _drive_defer(self, r, did):
        """The rest of ``run_defers_now`` once a deferred call turned out to be a generator."""
        g = self.g
        try:
            yield from r
        except GoUnwind as e:
            g.deferring = None
            yield from self.unwind(e)
            return
        except Exception as e:
            g.deferring = None
            yield from self.unwind(as_unwind(e, self.rt))
            return
        g.deferring = None
        rec = self.rt.rec
        rec.rich_data.append(did)
        rec.codes.append(_DEFER_DONE)
        yield from self.run_defers()

    # -- gopanic / Goexit unwinding ----------------------------------------------------------------
    def unwind(self, exc):
        """Unwind this frame for ``exc``: run its defers; return if a panic was recovered here,
        else re-raise so the caller's frame unwinds next."""
        p = as_unwind(exc, self.rt)
        self.rt.pop_frames_above(self)
        while self.defers:
            d = self.defers.pop()
            try:
                yield from self._run_one(d, p)
            except Exception as e:          # a panic, Goexit or runtime error (nil deref...)
                p = self._replace(p, as_unwind(e, self.rt))
                continue
            if isinstance(p, GoPanic) and p.recovered:
                if p.pending_goexit is None:
                    yield from self.run_defers()
                    return
                # "don't allow jumping past a pending Goexit": it resumes here, running the
                # rest of this frame's deferred calls and unwinding on
                p = p.pending_goexit
        raise p

    def _replace(self, old, new):
        """A deferred call raised ``new`` while ``old`` was unwinding."""
        if isinstance(new, GoexitUnwind):
            return new                      # Goexit in a deferred call cancels the panic
        if isinstance(old, GoexitUnwind):   # a panic during Goexit: the Goexit stays pending
            new.pending_goexit = old
            return new
        if new.pending_goexit is None:
            new.pending_goexit = old.pending_goexit
        # Go links a panic to the panic stack's top when it starts: old (whose deferred call
        # raised new) and, before it, any panic raised and recovered inside that call, which
        # new already links to.  So old goes at the end of new's chain.
        q = new
        while q.link is not None and q.link is not old:
            q = q.link
        q.link = old
        return new

    def _run_one(self, d: Defer, p):
        rt = self.rt
        g = self.g
        d_id, fn, args = d
        rt.rec.emit(K.DEFER_RUN, 0, d_id)
        # g.panic is the panic whose deferred call is running (the one recover may stop); a
        # panic raised and recovered inside this call must not hide p from it afterwards
        outer = g.panic
        g.panic = p if isinstance(p, GoPanic) else None
        g.deferring = p if p is not None else False
        try:
            r = fn(*args) if fn is not None else _nil_call()
            if type(r) is GeneratorType:
                yield from r
        finally:
            g.deferring = None
            g.panic = outer
        rt.rec.emit(K.DEFER_DONE, 0, d_id)


def _nil_call():
    raise GoPanic.runtime("invalid memory address or nil pointer dereference",
                          "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")


def recover(rt, fr: Frame):
    """gorecover: the panic value if fr is a deferred call's frame during an unrecovered panic."""
    p = fr.recover_target
    if isinstance(p, GoPanic) and not p.recovered and fr.g.panic is p:
        p.recovered = True
        rt.rec.emit(K.RECOVER, 0, rt.format_panic_value(p.value), fr.id)
        return p.value
    return None


def as_unwind(exc, rt):
    """Python exceptions raised by compiled code become Go runtime panics."""
    if isinstance(exc, GoUnwind):
        return exc
    if isinstance(exc, ZeroDivisionError):
        p = GoPanic.runtime("integer divide by zero")
    elif isinstance(exc, (AttributeError, TypeError)) and "NoneType" in str(exc):
        p = GoPanic.runtime("invalid memory address or nil pointer dereference",
                            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    elif isinstance(exc, RecursionError):
        raise Fatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit")
    else:
        raise Unsupported(f"internal error: {type(exc).__name__}: {exc}") from exc
    rt.rec.emit(K.PANIC, 0, rt.format_panic_value(p.value), True)
    return p


def _identical(a, b) -> bool:
    """Go's test for a re-panic (preprintpanics): the two interface values are the same
    words, as when ``panic(r)`` re-raises the value ``recover()`` returned (a constant or a
    small integer is one shared object too; a freshly built string is not)."""
    if a is b:
        return True
    return type(a) is Boxed and type(b) is Boxed and a.type == b.type and a.v is b.v


def panic_lines(p: GoPanic, fmt_value) -> list[str]:
    """printpanics: the chain oldest first, later ones tab-indented.  A panic whose value is
    identical to the one before it is not printed: that one says "[recovered, repanicked]"
    if it was recovered (preprintpanics / printpanics)."""
    chain = []
    while p is not None:
        chain.append(p)
        p = p.link
    chain.reverse()                          # oldest first
    repanicked = set()
    skip = set()
    for older, newer in zip(chain, chain[1:]):
        if not older.goexit and not newer.goexit and _identical(older.value, newer.value):
            repanicked.add(id(older))
            skip.add(id(newer))
    lines = []
    first = True
    for q in chain:
        if q.goexit or id(q) in skip:
            continue
        text = fmt_value(q.value)
        if q.repanicked or (q.recovered and id(q) in repanicked):
            text += " [recovered, repanicked]"
        elif q.recovered:
            text += " [recovered]"
        lines.append(("" if first else "\t") + "panic: " + text)
        if q.extra_line:
            lines.append(q.extra_line)
        first = False
    return lines
