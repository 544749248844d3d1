"""Short texts of values for trace events and panic messages (delegates to gofmt).

Deferred-call arguments are formatted when the ``defer`` statement runs (a trace event shows the
values Go evaluated then), so ``arg_text`` is on a hot path: the common kinds are formatted here
directly, without the fmt machinery.
"""
from __future__ import annotations

from ..values import CellPointer, FuncPointer

_gofmt = None

#: pointer location key -> its address text ("0xc000012000"), filled on first formatting
#: (gofmt.fake_address) and emptied by gofmt.reset_addresses at the start of each run
POINTER_TEXT: dict = {}


def _fmt():
    """gofmt, imported on first use (it imports packages that import this module)."""
    global _gofmt
    if _gofmt is None:
        from . import gofmt
        _gofmt = gofmt
    return _gofmt


def panic_value_text(v) -> str:
    """How the runtime prints a panic value (printpanicval)."""
    return _fmt().panic_value_text(v)


def panic_event_text(v) -> str:
    """A panic value in a PANIC or RECOVER trace event (never runs the program's methods)."""
    return _fmt().panic_event_text(v)


def arg_text(v) -> str:
    """A deferred call's evaluated argument, as %v would print it (short)."""
    t = type(v)
    if t is int:
        return str(v)
    if t is CellPointer or t is FuncPointer:
        text = POINTER_TEXT.get(v.key)
        if text is None:
            text = POINTER_TEXT[v.key] = hex(_fmt().fake_address(v))
        return text
    if t is bool:
        return "true" if v else "false"
    if t is str:
        return '"' + v + '"' if len(v) <= 58 else '"' + v[:55] + '..."'
    if v is None:
        return "nil"
    try:
        text = _fmt().sprint([v])
    except Exception:
        text = repr(v)
    if isinstance(v, str):
        text = '"' + text + '"'
    return text if len(text) <= 60 else text[:57] + "..."


def args_text(args: tuple) -> str:
    """A deferred call's arguments, comma-separated."""
    n = len(args)
    if n == 1:
        return arg_text(args[0])
    if n == 2:
        return arg_text(args[0]) + ", " + arg_text(args[1])
    return ", ".join([arg_text(a) for a in args])
