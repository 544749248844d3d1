"""Recording a trace cheaply while the program runs, then freezing it.

Layout (kept compact so 100k goroutines fit: see benchmarks/stress.py):

* ``codes`` (an array of ``COLUMN``): one code per event, ``pos_id << 8 | kind``.  A statement event is
  nothing more than that code, appended by compiled code through a bound ``append``;
* ``rich_data``: the payload of every other ("rich") event, in order: a tuple of its FIELDS,
  or, for a kind with one field whose value is not a tuple, possibly that value alone (the hot
  paths save a tuple per DEFER_RUN, FRAME_POP, GO_READY...; ``Trace`` normalises on reading);
  a FRAME_PUSH or GO_CREATE of compiled code records its frame id or gid alone, a sleep's
  TIMER_FIRE its timer id alone: their second field is ``code_names[code]``;
* ``stamp_*``: index, virtual time and goroutine of the *stamped* events: each PROC_RUN (it opens
  a slice) and every event recorded outside a slice (timers, signals, the runtime's own events),
  except those of a runtime run (``RUNTIME_RUN``).

Any other event (a statement, a defer push, a park...) stores neither time nor goroutine: it
belongs to the goroutine of the slice it is in (the last PROC_RUN) and happens ``CPU_TICK_NS``
after the previous event of that slice; or, after a stamp marked ``RUNTIME_RUN``, to the runtime
(goroutine 0) at that stamp's time.  The runtime computes "now" with the same rule
(``Recorder.now``), so recorded and derived times agree.  Recording a rich event inside a slice is
therefore two appends; the per-event columns are derived once, when someone reads the trace.
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

#: typecode of every per-event column: unsigned 64-bit.  Every value recorded (codes, times,
#: gids, indexes) is non-negative, and CPython appends to an unsigned array with one direct
#: PyLong conversion, where a signed one ('q') goes through PyArg_Parse's format parser: ~45 vs
#: ~24 ns per append, and a goroutine of the stress benchmark appends ~40 times
COLUMN = "Q"

#: a stamp whose goroutine has this bit starts a *runtime run*: the unstamped events after it
#: (up to the next stamp) are the runtime's too, at the same time.  fire_timers records a
#: sleeper's GO_READY right after its TIMER_FIRE so, with two appends and no stamp of its own
RUNTIME_RUN = 1 << 63

KIND_BITS = 8
KIND_MASK = (1 << KIND_BITS) - 1
_STMT = int(EventKind.STMT)
_PROC_RUN = int(EventKind.PROC_RUN)
_TIMER_FIRE = int(EventKind.TIMER_FIRE)


class Recorder:
    """Append-only event log owned by one simulation run."""

    def __init__(self) -> None:
        self.codes = array(COLUMN)
        self.rich_data: list = []
        self.stamp_index = array(COLUMN)
        self.stamp_time = array(COLUMN)
        self.stamp_gid = array(COLUMN)
        self.positions: list[SourcePos | None] = [None]   # pos id 0 = no position
        #: event code -> the name a payload recorded as its first field alone implies: the
        #: function of a compiled FRAME_PUSH or GO_CREATE (the compiler's table,
        #: Program.code_names), "sleep" for a sleep's TIMER_FIRE (no position)
        self.code_names: dict[int, str] = {_TIMER_FIRE: "sleep"}
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
    def begin_slice(self, p: int, gid: int, t: int, payload: tuple | None = None) -> None:
        """P ``p`` starts running ``gid`` at ``t``; subsequent statements are charged to it.
        ``payload`` is ``(p,)`` when the caller keeps one (saves a tuple per slice)."""
        codes = self.codes
        self.slice_gid = gid
        self.slice_t0 = t
        self.slice_i0 = n = len(codes)
        self.stamp_index.append(n)
        self.stamp_time.append(t)
        self.stamp_gid.append(gid)
        self.rich_data.append(payload or (p,))
        codes.append(_PROC_RUN)

    def end_slice(self) -> int:
        """Close the open slice; returns the time it ended."""
        t = self.now()
        self.slice_gid = 0
        if t > self.idle_time:
            self.idle_time = t
        return t

    def emit(self, kind: int, pos_id: int = 0, *data) -> None:
        """Record an event of the running goroutine (or of the runtime between slices)."""
        if self.slice_gid:
            self.rich_data.append(data)
            self.codes.append(pos_id << KIND_BITS | kind)
        else:
            self._stamped(kind, self.idle_time, 0, pos_id, data)

    def emit_at(self, kind: int, t: int, gid: int, pos_id: int = 0, *data) -> None:
        """Record a runtime event (timer, signal, sysmon...) at an explicit time."""
        if not self.slice_gid and t > self.idle_time:
            self.idle_time = t
        self._stamped(kind, t, gid, pos_id, data)

    def _stamped(self, kind, t, gid, pos_id, data) -> None:
        codes = self.codes
        self.stamp_index.append(len(codes))
        self.stamp_time.append(t)
        self.stamp_gid.append(gid)
        self.rich_data.append(data)
        codes.append(pos_id << KIND_BITS | kind)

    def finish(self, meta: dict) -> "Trace":
        from .trace import Trace
        return Trace.from_recorder(self, meta)


def derive_columns(codes, stamp_index, stamp_time, stamp_gid):
    """Per-event time and goroutine for every event, and the index of every rich event."""
    n = len(codes)
    times = array(COLUMN, bytes(8 * n))
    gids = array(COLUMN, bytes(8 * n))
    rich_index = array(COLUMN)
    mark_rich = rich_index.append
    s = 0
    nstamps = len(stamp_index)
    next_stamp = stamp_index[0] if nstamps else n
    t0 = i0 = gid = 0
    tick = step = CPU_TICK_NS
    for i in range(n):
        c = codes[i]
        if i == next_stamp:
            t = stamp_time[s]
            g = stamp_gid[s]
            if c & KIND_MASK == _PROC_RUN:
                t0, i0, gid, step = t, i, g, tick
            elif g & RUNTIME_RUN:
                g = 0
                t0, i0, gid, step = t, i, 0, 0
            times[i] = t
            gids[i] = g
            s += 1
            next_stamp = stamp_index[s] if s < nstamps else n
        else:
            times[i] = t0 + (i - i0) * step
            gids[i] = gid
        if c & KIND_MASK:
            mark_rich(i)
    return times, gids, rich_index


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
