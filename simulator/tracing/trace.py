"""The finished, immutable trace of one run: events, sources, and JSON save/load.

``Trace`` is a read-only sequence of ``Event``.  ``state_at(i)`` (see ``replay``) gives the whole
process state after event i; stepping back costs the same as stepping forward.
"""
from __future__ import annotations

import json
from array import array
from functools import cached_property
from typing import Any, Iterator

from .events import Event, EventKind, SourcePos
from .recorder import COLUMN, KIND_MASK, derive_columns, make_event, rich_slot

SCHEMA_VERSION = 1


class Trace:
    def __init__(self, codes, rich_data, stamp_index, stamp_time, stamp_gid, positions, meta,
                 code_names=None):
        self._codes = codes
        self._raw_data = rich_data          # as recorded (see recorder: bare one-field payloads)
        self._code_names = code_names or {}  # code -> second field of a bare payload
        self._stamps = (stamp_index, stamp_time, stamp_gid)
        self.positions: tuple[SourcePos | None, ...] = tuple(positions)
        #: run facts: "files" {name: source}, "config", "status", "stdout", "stderr", "reason"...
        self.meta: dict[str, Any] = meta
        #: caches of data that views derive from the events (never events themselves), so a
        #: worker thread can compute them once; not saved to JSON
        self.derived: dict[str, Any] = {}

    @cached_property
    def _rich_data(self) -> list[tuple]:
        """The payload tuple of each rich event, made on first use: a bare one-field payload
        is tupled; a bare FRAME_PUSH, GO_CREATE or sleep TIMER_FIRE id gets its second field
        from its code (Recorder.code_names)."""
        names = self._code_names
        if not names:
            return [d if type(d) is tuple else (d,) for d in self._raw_data]
        codes = self._codes
        return [d if type(d) is tuple else
                (d, names[c]) if (c := codes[i]) in names else (d,)
                for d, i in zip(self._raw_data, self._rich_index)]

    @cached_property
    def _columns(self):
        """Per-event time and goroutine, and where the rich events are: derived on first use
        (a run need not pay for it; see recorder.derive_columns)."""
        return derive_columns(self._codes, *self._stamps)

    @property
    def _times(self):
        return self._columns[0]

    @property
    def _gids(self):
        return self._columns[1]

    @property
    def _rich_index(self):
        """Event index of each rich event (parallel to ``_rich_data``)."""
        return self._columns[2]

    @cached_property
    def _rich_time(self):
        times = self._times
        return array(COLUMN, [times[i] for i in self._rich_index])

    @cached_property
    def _rich_gid(self):
        gids = self._gids
        return array(COLUMN, [gids[i] for i in self._rich_index])

    @classmethod
    def from_recorder(cls, rec, meta) -> "Trace":
        return cls(rec.codes, rec.rich_data, rec.stamp_index, rec.stamp_time, rec.stamp_gid,
                   rec.positions, meta, rec.code_names)

    # -- sequence ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i: int) -> Event:
        n = len(self._codes)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        k = rich_slot(self._rich_index, i)
        data = self._rich_data[k] if k >= 0 else ()
        return make_event(i, self._codes[i], self._times[i], self._gids[i], self.positions, data)

    def __iter__(self) -> Iterator[Event]:
        for i in range(len(self)):
            yield self[i]

    def kind(self, i: int) -> EventKind:
        return EventKind(self._codes[i] & KIND_MASK)

    def time(self, i: int) -> int:
        return self._times[i]

    def gid(self, i: int) -> int:
        return self._gids[i]

    def pos(self, i: int) -> SourcePos | None:
        return self.positions[self._codes[i] >> 8]

    @property
    def end_time(self) -> int:
        return self._times[-1] if len(self._times) else 0

    def rich_events(self) -> Iterator[Event]:
        """Every event except statements, in order (fast: skips the statement codes)."""
        for k, i in enumerate(self._rich_index):
            yield make_event(i, self._codes[i], self._rich_time[k], self._rich_gid[k],
                             self.positions, self._rich_data[k])

    def of_kind(self, *kinds: EventKind) -> Iterator[Event]:
        want = {int(k) for k in kinds}
        if want == {int(EventKind.STMT)}:
            for i, c in enumerate(self._codes):
                if c & KIND_MASK == 0:
                    yield self[i]
            return
        codes, positions = self._codes, self.positions
        rt, rg, rd = self._rich_time, self._rich_gid, self._rich_data
        for k, i in enumerate(self._rich_index):
            c = codes[i]
            if c & KIND_MASK in want:          # filter on the raw code: no Event for the rest
                yield make_event(i, c, rt[k], rg[k], positions, rd[k])

    def find(self, start: int, step: int, pred) -> int | None:
        """Index of the first event from ``start`` (exclusive) in direction ``step`` with pred(i)."""
        i = start + step
        n = len(self)
        while 0 <= i < n:
            if pred(i):
                return i
            i += step
        return None

    # -- derived -------------------------------------------------------------------------------
    @cached_property
    def _replayer(self):
        from .replay import Replayer
        return Replayer(self)

    def state_at(self, i: int):
        """The process state right after event ``i`` (``-1``: before anything happened)."""
        return self._replayer.state_at(i)

    @cached_property
    def goroutines(self) -> dict[int, dict]:
        """gid -> {"func", "created_at" (SourcePos), "parent", "start", "end"} for every goroutine."""
        out: dict[int, dict] = {1: {"func": "main.main", "created_at": None, "parent": 0,
                                    "start": 0, "end": None}}
        for e in self.of_kind(EventKind.GO_CREATE, EventKind.GO_EXIT, EventKind.EXIT):
            if e.kind == EventKind.GO_CREATE:
                out[e.data["child"]] = {"func": e.data["func"], "created_at": e.pos,
                                        "parent": e.gid, "start": e.time, "end": None}
            elif e.kind == EventKind.GO_EXIT and e.gid in out:
                out[e.gid]["end"] = e.time
            elif e.kind == EventKind.EXIT:
                for info in out.values():
                    if info["end"] is None:
                        info["end"] = e.time
        return out

    def goroutine_name(self, gid: int) -> str:
        """How people think of a goroutine: ``G1 main``, ``G7 worker · main.go:12``."""
        if gid == 0:
            return "runtime"
        info = self.goroutines.get(gid)
        if info is None:
            return f"G{gid}"
        func = info["func"].removeprefix("main.")
        if gid == 1:
            return "G1 main"
        where = info["created_at"]
        loc = f" · {where.file}:{where.line}" if where else ""
        return f"G{gid} {func}{loc}"

    # -- JSON ----------------------------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps({
            "schema": SCHEMA_VERSION,
            "meta": self.meta,
            "positions": [list(p) if p else None for p in self.positions],
            "codes": list(self._codes),
            "rich": [[i, t, g, _jsonable(d)] for i, t, g, d in
                     zip(self._rich_index, self._rich_time, self._rich_gid, self._rich_data)],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Trace":
        doc = json.loads(text)
        if doc.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"trace schema {doc.get('schema')!r} is not {SCHEMA_VERSION}")
        rich = doc["rich"]
        positions = [SourcePos(*p) if p else None for p in doc["positions"]]
        # every rich event is stamped with its saved time and goroutine: derivation then gives
        # back exactly the saved columns
        return cls(array(COLUMN, doc["codes"]), [tuple(_untuple(x) for x in r[3]) for r in rich],
                   array(COLUMN, [r[0] for r in rich]), array(COLUMN, [r[1] for r in rich]),
                   array(COLUMN, [r[2] for r in rich]), positions, doc["meta"])


def _jsonable(data: tuple) -> list:
    return [list(x) if isinstance(x, tuple) else x for x in data]


def _untuple(x):
    return tuple(x) if isinstance(x, list) else x
