"""``--report``: defers run and lost per goroutine, from a trace (no Qt)."""
from __future__ import annotations

from .timeline_model import TimelineModel


def defer_report(trace) -> str:
    if trace is None:
        return ""
    m = TimelineModel.from_trace(trace, p_lanes=False)
    ran: dict[int, int] = {}
    lost: dict[int, list[str]] = {}
    for mk in m.markers:
        gid = m.lanes[mk.lane].gid
        if mk.key == "defer_run":
            ran[gid] = ran.get(gid, 0) + 1
        elif mk.key == "defer_lost":
            lost.setdefault(gid, []).append(mk.label)
    lines = ["deferlab report: defers per goroutine"]
    for k in m.goroutine_lanes:
        gid = m.lanes[k].gid
        lines.append(f"  {m.lanes[k].name}: {ran.get(gid, 0)} ran, {len(lost.get(gid, []))} lost")
        for label in lost.get(gid, []):
            lines.append(f"    ✗ {label}")
    if m.exit_status is not None:
        lines.append(f"exit status {m.exit_status} — {m.exit_reason}")
    return "\n".join(lines) + "\n"
