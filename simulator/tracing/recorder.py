"""Recording a trace cheaply while the program runs, then freezing it.

Layout (kept compact so 100k goroutines fit: see benchmarks/stress.py):

* ``codes`` (``array('q')``): one code per event, ``pos_id << 8 | kind``.  A statement event is
  nothing more than that code, appended by compiled code through a bound ``append``;
* ``rich_*``: for every other event, its index, virtual time, goroutine and payload tuple.

A statement event has no stored time or goroutine: it belongs to the goroutine of the slice it is
in (the last PROC_RUN) and happens ``CPU_TICK_NS`` after the previous event of that slice.  The
runtime computes "now" with the same rule (``Recorder.now``), so stored and derived times agree.
"""
from __future__ import annotations

from array import array
from bisect import bisect_right

from .events import FIELDS, Event, EventKind, SourcePos

#: Virtual CPU cost of every event recorded while a goroutine runs (a statement, a channel
#: operation, a defer push...).  Real Go spends a few ns on a simple statement; an interpreted
#: statement costs us ~0.1 µs of real time, so 20 ns keeps a 10 ms time slice (preemption scenarios)
#: at 500k statements: a second or two of real time, and busy loops still age like Go's.
CPU_TICK_NS = 20

KIND_BITS = 8
KIND_MASK = (1 << KIND_BITS) - 1
_STMT = int(EventKind.STMT)


class Recorder:
    """Append-only event log owned by one simulation run."""

    def __init__(self) -> None:
        self.codes = array("q")
        self.rich_index = array("q")
        self.rich_time = array("q")
        self.rich_gid = array("q")
        self.rich_data: list[tuple] = []
        self.positions: list[SourcePos | None] = [None]   # pos id 0 = no position
        self._pos_ids: dict[SourcePos, int] = {}
        # the open slice: goroutine, start time and index of its PROC_RUN
        self.slice_gid = 0
        self.slice_t0 = 0
        self.slice_i0 = 0
        self.idle_time = 0      # time of the runtime's own events outside any slice

    # -- positions ---------------------------------------------------------------------------
    def pos_id(self, pos: SourcePos | None) -> int:
        if pos is None:
            return 0
        pid = self._pos_ids.get(pos)
        if pid is None:
            pid = self._pos_ids[pos] = len(self.positions)
            self.positions.append(pos)
        return pid

    def stmt_code(self, pos: SourcePos) -> int:
        """The code compiled code appends for a statement at ``pos``."""
        return self.pos_id(pos) << KIND_BITS | _STMT

    # -- time ----------------------------------------------------------------------------------
    def now(self) -> int:
        """Virtual time of the next event: inside a slice it grows by CPU_TICK_NS per event."""
        if self.slice_gid:
            return self.slice_t0 + (len(self.codes) - self.slice_i0) * CPU_TICK_NS
        return self.idle_time

    # -- recording ---------------------------------------------------------------------------
    def begin_slice(self, p: int, gid: int, t: int) -> None:
        """P ``p`` starts running ``gid`` at ``t``; subsequent statements are charged to it."""
        self.slice_gid = gid
        self.slice_t0 = t
        self.slice_i0 = len(self.codes)
        self._rich(EventKind.PROC_RUN, gid, t, 0, (p,))

    def end_slice(self) -> int:
        """Close the open slice; returns the time it ended."""
        t = self.now()
        self.slice_gid = 0
        self.idle_time = max(self.idle_time, t)
        return t

    def emit(self, kind: EventKind, pos_id: int = 0, *data) -> None:
        """Record an event of the running goroutine (or of the runtime between slices)."""
        codes = self.codes
        n = len(codes)
        gid = self.slice_gid
        self.rich_index.append(n)
        self.rich_time.append(self.slice_t0 + (n - self.slice_i0) * CPU_TICK_NS if gid else self.idle_time)
        self.rich_gid.append(gid)
        self.rich_data.append(data)
        codes.append(pos_id << KIND_BITS | kind)

    def emit_at(self, kind: EventKind, t: int, gid: int, pos_id: int = 0, *data) -> None:
        """Record a runtime event (timer, signal, sysmon...) at an explicit time."""
        if not self.slice_gid:
            self.idle_time = max(self.idle_time, t)
        self._rich(kind, gid, t, pos_id, data)

    def _rich(self, kind, gid, t, pos_id, data) -> None:
        self.rich_index.append(len(self.codes))
        self.rich_time.append(t)
        self.rich_gid.append(gid)
        self.rich_data.append(data)
        self.codes.append(pos_id << KIND_BITS | kind)

    def finish(self, meta: dict) -> "Trace":
        from .trace import Trace
        return Trace.from_recorder(self, meta)


def derive_columns(codes, rich_index, rich_time, rich_gid):
    """Per-event time and goroutine for every event (the statement events' are implicit)."""
    n = len(codes)
    times = array("q", bytes(8 * n))
    gids = array("q", bytes(8 * n))
    r = 0
    nrich = len(rich_index)
    next_rich = rich_index[0] if nrich else n
    t0 = i0 = gid = 0
    proc_run = int(EventKind.PROC_RUN)
    for i in range(n):
        if i == next_rich:
            t = rich_time[r]
            g = rich_gid[r]
            if codes[i] & KIND_MASK == proc_run:
                t0, i0, gid = t, i, g
            times[i] = t
            gids[i] = g
            r += 1
            next_rich = rich_index[r] if r < nrich else n
        else:
            times[i] = t0 + (i - i0) * CPU_TICK_NS
            gids[i] = gid
    return times, gids


def rich_slot(rich_index, i: int) -> int:
    """Position of event ``i`` among the rich events, or -1 if it is a statement event."""
    k = bisect_right(rich_index, i) - 1
    return k if k >= 0 and rich_index[k] == i else -1


_KIND_OF = {int(k): k for k in EventKind}


def make_event(i, code, t, gid, positions, data_tuple) -> Event:
    kind = _KIND_OF[code & KIND_MASK]
    names = FIELDS[kind]
    data = dict(zip(names, data_tuple)) if names else {}
    return Event(i, kind, t, gid, positions[code >> KIND_BITS], data)
