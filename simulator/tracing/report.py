"""``main.py run --report``: which defers ran and which were lost, per goroutine, and which
goroutines were still alive when the process ended.  Derived from the trace alone."""
from __future__ import annotations

from .events import EventKind as K

SEPARATOR = "---- deferlab report (not part of the program's output) ----"


def defer_report(trace) -> str:
    if trace is None:
        return ""
    pushed: dict[int, tuple[int, str]] = {}     # defer id -> (gid, call text)
    ran: dict[int, list[str]] = {}
    lost: dict[int, list[tuple[str, str]]] = {}
    for e in trace.of_kind(K.DEFER_PUSH, K.DEFER_DONE, K.DEFER_LOST):
        d = e.data
        if e.kind == K.DEFER_PUSH:
            pushed[d["defer"]] = (e.gid, short_call(d["text"]))
        elif e.kind == K.DEFER_DONE and d["defer"] in pushed:
            gid, text = pushed[d["defer"]]
            ran.setdefault(gid, []).append(text)
        elif e.kind == K.DEFER_LOST and d["defer"] in pushed:
            gid, text = pushed[d["defer"]]
            lost.setdefault(gid, []).append((text, d["reason"]))
    final = trace.state_at(len(trace) - 1)
    lines = [SEPARATOR]
    for gid in sorted(trace.goroutines):
        if gid not in ran and gid not in lost:
            continue
        name = trace.goroutine_name(gid)
        lines.append(f"{name}: {len(ran.get(gid, []))} defer(s) ran, {len(lost.get(gid, []))} lost")
        for text in ran.get(gid, []):
            lines.append(f"    ran   defer {text}")
        for text, reason in lost.get(gid, []):
            lines.append(f"    LOST  defer {text}  ({reason})")
    alive = _alive_at_exit(trace)
    if alive:
        lines.append("alive when the process ended: " + ", ".join(alive))
    status = trace.meta.get("status", final.exit_status)
    lines.append(f"exit status {status}: {trace.meta.get('reason', final.exit_reason)}")
    return "\n".join(lines) + "\n"


def _alive_at_exit(trace) -> list[str]:
    """Goroutines not finished when EXIT was recorded, with what they were doing."""
    n = len(trace)
    if n == 0:
        return []
    exit_i = next((e.index for e in trace.of_kind(K.EXIT)), n - 1)
    before = trace.state_at(exit_i - 1) if exit_i > 0 else trace.state_at(0)
    out = []
    for gid, g in sorted(before.goroutines.items()):
        if g.status == "dead":
            continue
        what = g.wait_reason or g.status
        out.append(f"{trace.goroutine_name(gid)} [{what}]")
    return out


def short_call(text: str) -> str:
    """One line for a deferred call: ``func() { ... }()`` bodies are elided."""
    lines = text.strip().splitlines()
    if len(lines) <= 1:
        return text.strip()
    return lines[0].strip() + " … " + lines[-1].strip()
