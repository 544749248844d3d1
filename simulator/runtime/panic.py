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
from ..lib.runtime_errors import PanicNilError
from ..tracing.events import EventKind as K
from ..values import Boxed
from .errors import Fatal, GoexitUnwind, GoPanic, GoUnwind, Unsupported
from .traceback import stack_of

# event codes as ints: a defer push/run/done is recorded with two appends (the G's slice is open)
_DEFER_PUSH, _DEFER_RUN, _DEFER_DONE = int(K.DEFER_PUSH), int(K.DEFER_RUN), int(K.DEFER_DONE)


#: A pending deferred call (Go's _defer record) is the tuple ``(defer id, fn, evaluated args)``:
#: a tuple because a goroutine of the stress benchmark pushes two (an object costs 10x more);
#: its source text and argument texts are in the DEFER_PUSH event.
Defer = tuple


class Frame:
    __slots__ = ("rt", "g", "id", "func", "defers", "recover_target", "call_code")

    def __init__(self, rt, g, fid: int, func: str, defers: bool = True):
        self.rt = rt
        self.g = g
        self.id = fid
        self.func = func
        # ``defers``: the function has defer statements; one without never pushes any, and
        # an empty tuple saves its frame a list
        self.defers: list[Defer] | tuple = [] if defers else ()
        self.recover_target = None
        # call_code (set by Runtime.enter, the only maker of frames): the last event code
        # before the frame began, usually the calling statement's STMT (a traceback's line)

    # -- deferproc -------------------------------------------------------------------------------
    def defer(self, fn, args: tuple, text: str, packed: bool = False, memo: list | None = None) -> None:
        """deferproc: ``packed`` says the last argument is the variadic GoSlice the compiler
        built; the event shows its elements as the separate arguments the user wrote.

        ``memo`` is the ``[args, text]`` of this defer statement's previous run, passed by the
        compiler when every argument's static type prints the same for equal values (integers,
        strings, booleans, pointers: no interfaces, floats or composites): equal arguments, the
        same text, not formatted again (a goroutine of the stress benchmark defers
        ``atomic.AddInt64(&n, 1)``)."""
        rt = self.rt
        did = rt.next_defer_id = rt.next_defer_id + 1
        self.defers.append((did, fn, args))
        if not args:
            atext = ""
        elif memo is not None:
            if args == memo[0]:
                atext = memo[1]
            else:
                memo[0], memo[1] = args, args_text(args)
                atext = memo[1]
        else:
            if packed:
                args = args[:-1] + (tuple(args[-1].items()) if args[-1] is not None else ())
            atext = args_text(args)
        rec = rt.rec
        rec.rich_data.append((did, self.id, text, atext))
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
                if type(r) is GeneratorType:  # a Go function: start it here (its frame
                    try:                      # begins); most end without ever yielding
                        req = r.send(None)
                    except StopIteration:
                        pass
                    else:
                        return self._drive_defer(r, d_id, req)
            except GoUnwind as e:
                g.deferring = None
                return self.unwind(e)
            except Exception as e:
                g.deferring = None
                return self.unwind(as_unwind(e, self.rt))
            g.deferring = None
            data(d_id)
            code(_DEFER_DONE)
        return None

    def _drive_defer(self, r, did, first):
        """The rest of ``run_defers_now`` once a deferred Go function, started there, yielded
        ``first`` (it parks or reached a safe point).  The scheduler only ever resumes a
        goroutine with ``send(None)``, so passing ``first`` on and then delegating to ``r``
        is what ``yield from r`` would have done from the start."""
        g = self.g
        try:
            yield first
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
        if isinstance(p, GoPanic) and p.stack is None:
            p.stack = stack_of(self.rt, self.g)
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
                    _keep_signal(p, self.g.panic)
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
    raise GoPanic.runtime("invalid memory address or nil pointer dereference", SIGSEGV_LINE)


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
    p = _runtime_panic(exc)
    rt.rec.emit(K.PANIC, 0, rt.format_panic_value(p.value), True)
    return p


def _runtime_panic(exc: BaseException) -> GoPanic:
    """The Go runtime panic a Python exception of compiled code stands for (no event)."""
    if isinstance(exc, GoPanic):
        return exc
    if isinstance(exc, ZeroDivisionError):
        return GoPanic.runtime("integer divide by zero")
    if isinstance(exc, (AttributeError, TypeError)) and "NoneType" in str(exc):
        return GoPanic.runtime("invalid memory address or nil pointer dereference", SIGSEGV_LINE)
    if isinstance(exc, RecursionError):
        raise Fatal("stack overflow", "runtime: goroutine stack exceeds 1000000000-byte limit")
    raise Unsupported(f"internal error: {type(exc).__name__}: {exc}") from exc


#: what dopanic_m prints after the panic messages when the goroutine took a fault (gp.sig)
SIGSEGV_LINE = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"


def _keep_signal(recovered: GoPanic, active) -> None:
    """Go clears gp.sig (the fault to report) only when a recovery leaves no panic running;
    recovered inside the deferred call of ``active``, the fault is still reported when
    ``active`` (or a panic it leads to) kills the process, so it inherits the signal line."""
    if recovered.extra_line and isinstance(active, GoPanic):
        active.extra_line = recovered.extra_line


def _identical(a, b) -> bool:
    """Go's test for a re-panic (preprintpanics): the two interface values are the same
    words, as when ``panic(r)`` re-raises the value ``recover()`` returned (a constant or a
    small integer is one shared object too; a freshly built string is not).  Every
    ``panic(nil)`` panics with ``new(PanicNilError)``, a zero-size object: always the same
    pointer (runtime.zerobase)."""
    if a is b:
        return True
    if type(a) is Boxed:
        return type(b) is Boxed and a.type == b.type and a.v is b.v
    return type(a) is PanicNilError and type(b) is PanicNilError


def panic_lines(p: GoPanic, fmt_value) -> list[str]:
    """fatalpanic's message (preprintpanics, printpanics, then dopanic_m's signal line): the
    chain oldest first, later ones tab-indented.  A panic whose value is identical to the one
    before it is not printed: that one says "[recovered, repanicked]" if it was recovered.  The
    signal line of the goroutine's last fault follows the whole chain.

    ``fmt_value`` (printpanicval after Error/String) runs the program's methods, newest panic
    first as preprintpanics does; a panic there is a fatal error (raises Fatal)."""
    chain = []                               # newest first, as Go's p.link list
    while p is not None:
        chain.append(p)
        p = p.link
    texts, repanicked = _preprint(chain, fmt_value)
    lines = []
    first = True
    for q in reversed(chain):                # oldest first
        text = texts.get(id(q))
        if text is None:                     # a Goexit, or the repeat of a repanicked value
            continue
        if q.repanicked or (q.recovered and id(q) in repanicked):
            text += " [recovered, repanicked]"
        elif q.recovered:
            text += " [recovered]"
        lines.append(("" if first else "\t") + "panic: " + text)
        first = False
    sig = _signal_line(chain)
    if sig:
        lines.append(sig)
    return lines


def _preprint(chain: list, fmt_value) -> tuple[dict, set]:
    """preprintpanics over ``chain`` (newest first): the text of each panic to print, by id,
    and the ids of those repanicked by the next one (which is then not printed)."""
    texts: dict = {}
    repanicked: set = set()
    try:
        for n, q in enumerate(chain):
            older = chain[n + 1] if n + 1 < len(chain) else None
            if q.goexit:
                continue
            if older is not None and not older.goexit and _identical(older.value, q.value):
                repanicked.add(id(older))
                continue
            texts[id(q)] = fmt_value(q.value)
    except (GoPanic, AttributeError, TypeError, ZeroDivisionError) as e:
        raise _printing_failed(_runtime_panic(e), chain) from None
    return texts, repanicked


def _printing_failed(e: GoPanic, chain: list) -> Fatal:
    """preprintpanics' deferred recover: an Error or String method panicked.  A string value
    is shown, anything else only by its type; then the fault's signal line, if any."""
    from ..lib.gofmt import typeof
    text = "panic while printing panic value: "
    if type(e.value) is str:
        text += e.value.replace("\n", "\n\t")       # throw prints it with printindented
    else:
        text += f"type {typeof(e.value)}"
    sig = e.extra_line or _signal_line(chain)
    # the line dopanic_m prints after "fatal error: ..." travels in the message
    return Fatal(text + "\n" + sig if sig else text)


def _signal_line(chain: list) -> str:
    """gp.sig: the signal line of the newest panic of the chain that carries one."""
    for q in chain:
        if q.extra_line:
            return q.extra_line
    return ""
