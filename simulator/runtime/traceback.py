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


def goroutine_header(rt, g, state: str, here=None) -> str:
    """A goroutine's traceback as Go prints it (addresses are plausible, not real); ``here``
    is its innermost frame's position (default: found with ``last_statements``)."""
    lines = [f"goroutine {g.gid} [{state}]:"]
    if here is None:
        here = last_statements(rt, {g.gid}).get(g.gid)
    frames = g.frames[::-1]                      # innermost first
    elided = len(frames) - TRACEBACK_INNER_FRAMES - TRACEBACK_OUTER_FRAMES
    for i, f in enumerate(frames):
        if elided > 0 and TRACEBACK_INNER_FRAMES <= i < len(frames) - TRACEBACK_OUTER_FRAMES:
            if i == TRACEBACK_INNER_FRAMES:
                lines.append(f"...{elided} frames elided...")
            continue
        pos = here if i == 0 else None
        lines.append(f"{f.func}(...)")
        line = pos.line if pos is not None else "?"
        lines.append(f"\t{rt.program.filename}:{line} +0x1d")
    if not g.frames:
        lines.append(f"{g.func}(...)")
    if g.parent:
        lines.append(f"created by {g.creator} in goroutine {g.parent}")
        pos = rt.rec.positions[g.pos_id] if g.pos_id else None
        lines.append(f"\t{rt.program.filename}:{pos.line if pos else '?'} +0x2f")
    return "\n".join(lines)


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
