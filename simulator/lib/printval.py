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
    try:
        from .gofmt import sprint
        text = sprint([v])
    except Exception:
        text = repr(v)
    if isinstance(v, str):
        text = '"' + text + '"'
    return text if len(text) <= 60 else text[:57] + "..."
