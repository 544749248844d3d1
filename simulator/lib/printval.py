"""Short texts of values for trace events and panic messages (delegates to gofmt)."""
from __future__ import annotations


def panic_value_text(v) -> str:
    """How the runtime prints a panic value (printpanicval)."""
    try:
        from .gofmt import panic_value_text as pvt
    except ImportError:
        return str(v)
    return pvt(v)


def arg_text(v) -> str:
    """A deferred call's evaluated argument, as %v would print it (short)."""
    t = type(v)
    if t is int or t is float or t is bool:      # the common cases, without the fmt machinery
        return str(v).lower() if t is bool else (str(v) if t is int else _float(v))
    if t is str:
        return '"' + v + '"' if len(v) <= 58 else '"' + v[:55] + '..."'
    if v is None:
        return "nil"
    from ..values import Pointer
    if t is Pointer:
        from .gofmt import fake_address
        return hex(fake_address(v))
    try:
        from .gofmt import sprint
        text = sprint([v])
    except Exception:
        text = repr(v)
    if isinstance(v, str):
        text = '"' + text + '"'
    return text if len(text) <= 60 else text[:57] + "..."


def _float(v: float) -> str:
    from .gofmt import sprint
    return sprint([v])
