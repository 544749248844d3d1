"""Goroutine tracebacks as the runtime prints them (Go's traceback.go: goroutineheader,
traceback, tracebackothers): in panics, fatal errors (deadlock) and SIGQUIT dumps.

Addresses and argument words are plausible, not real; the line of a goroutine's innermost frame
is the last statement it ran, found in the trace (``last_statements``).
"""
from __future__ import annotations

from ..tracing.events import EventKind as K
from ..tracing.recorder import KIND_BITS, KIND_MASK

#: a traceback shows the innermost and outermost frames of a deep stack, the rest is elided
#: (runtime/traceback.go tracebackInnerFrames, tracebackOuterFrames)
TRACEBACK_INNER_FRAMES = 50
TRACEBACK_OUTER_FRAMES = 50

_PROC_RUN, _STMT = int(K.PROC_RUN), int(K.STMT)


def goroutine_header(rt, g, state: str, here=None, stack=None) -> str:
    """A goroutine's traceback as Go prints it (addresses are plausible, not real): ``stack``
    as ``stack_of`` gives it (default: the goroutine's frames now, the innermost one at
    ``here``, by default its last statement)."""
    lines = [f"goroutine {g.gid} [{state}]:"]
    if stack is None:
        stack = stack_of(rt, g, here)
    elided = len(stack) - TRACEBACK_INNER_FRAMES - TRACEBACK_OUTER_FRAMES
    for i, (func, pos) in enumerate(stack):
        if elided > 0 and TRACEBACK_INNER_FRAMES <= i < len(stack) - TRACEBACK_OUTER_FRAMES:
            if i == TRACEBACK_INNER_FRAMES:
                lines.append(f"...{elided} frames elided...")
            continue
        lines.append(f"{func}(...)")
        lines.append(f"\t{rt.program.filename}:{pos.line if pos is not None else '?'} +0x1d")
    if not stack:
        lines.append(f"{g.func}(...)")
    if g.parent:
        lines.append(f"created by {g.creator} in goroutine {g.parent}")
        pos = rt.rec.positions[g.pos_id] if g.pos_id else None
        lines.append(f"\t{rt.program.filename}:{pos.line if pos else '?'} +0x2f")
    return "\n".join(lines)


def stack_of(rt, g, here=None) -> list:
    """The goroutine's frames, innermost first, as (function, SourcePos or None): the innermost
    at ``here`` (default: its last statement), each other one at the statement that called
    the frame inside it (that frame's ``call_code``, when it is a statement's)."""
    if here is None and g.frames:
        here = last_statements(rt, {g.gid}).get(g.gid)
    out = []
    for f in reversed(g.frames):
        out.append((f.func, here))
        c = f.call_code
        here = rt.rec.positions[c >> KIND_BITS] if c & KIND_MASK == _STMT else None
    return out


def last_statements(rt, gids: set[int]) -> dict:
    """Where each goroutine of ``gids`` is: the position of its last statement event.  One
    walk back over the slices (each starts with a stamped PROC_RUN and lasts until the next
    one), stopping once all are found: only dumps need it (deadlock, SIGQUIT, a panic)."""
    rec = rt.rec
    codes = rec.codes
    stamp_index, stamp_gid = rec.stamp_index, rec.stamp_gid
    found: dict = {}
    end = len(codes)
    for k in range(len(stamp_index) - 1, -1, -1):
        if len(found) == len(gids):
            break
        start = stamp_index[k]
        if codes[start] & KIND_MASK != _PROC_RUN:
            continue
        gid = stamp_gid[k]
        if gid in gids and gid not in found:
            for i in range(end - 1, start, -1):
                if codes[i] & KIND_MASK == _STMT:
                    found[gid] = rec.positions[codes[i] >> KIND_BITS]
                    break
        end = start
    return found
