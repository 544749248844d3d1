"""Timeline lanes computed once per trace: pure Python, no Qt (reused by the view and by export).

One pass over ``trace.rich_events()`` turns scheduling events into per-goroutine status intervals
and per-P "who runs here" intervals, and collects the markers (defers, panics, signals,
preemptions) and the jump lists the player uses for "next event of a kind".

Invariants: segments of one lane never overlap and are ordered; every segment has both a time
span ``[t0, t1]`` and a step span ``[i0, i1]`` so the view can switch its x axis between virtual
time and steps without recomputing anything.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from simulator.tracing.events import EventKind as K

#: "next/previous event of a kind": group name -> (menu label, kinds)
JUMP_GROUPS: dict[str, tuple[str, frozenset]] = {
    "any": ("Any notable event", frozenset()),   # filled below: the union of the others + EXIT
    "defer": ("Defer (push, run, lost)", frozenset({K.DEFER_PUSH, K.DEFER_RUN, K.DEFER_DONE,
                                                    K.DEFER_LOST})),
    "panic": ("Panic / recover / Goexit", frozenset({K.PANIC, K.RECOVER, K.GOEXIT})),
    "signal": ("Signal", frozenset({K.SIGNAL_SENT, K.SIGNAL_CAUGHT, K.SIGNAL_RELAYED,
                                    K.SIGNAL_DROPPED, K.SIGNAL_DEFAULT})),
    "goroutine": ("Goroutine start / exit", frozenset({K.GO_CREATE, K.GO_EXIT})),
    "preempt": ("Preemption", frozenset({K.GO_PREEMPT, K.PREEMPT_REQUEST})),
    "k8s": ("Kubernetes (kubelet)", frozenset({K.K8S})),
}
JUMP_GROUPS["any"] = ("Any notable event", frozenset().union(
    *(kinds for _, kinds in JUMP_GROUPS.values())) | {K.EXIT})

#: how the kubelet's steps read in the signals row
K8S_LABELS = {"terminating": "pod terminating", "prestop-start": "preStop starts",
              "prestop-end": "preStop done", "endpoints-removed": "endpoints removed",
              "grace-expired": "grace period over"}

#: the events the timeline reads: scheduling (lanes), markers, and every jump target
_TIMELINE_KINDS = frozenset({K.PROC_RUN, K.GO_CREATE, K.GO_PARK, K.GO_READY, K.GO_SCHED,
                             K.GO_PREEMPT, K.GO_EXIT, K.EXIT}) | JUMP_GROUPS["any"][1]

_STATE_CODE = {"running": 0, "runnable": 1, "waiting": 2}


@dataclass(frozen=True)
class Lane:
    key: tuple          #: ("signals",), ("g", gid) or ("p", p)
    name: str           #: "G7 worker · main.go:12", "P0", "signals"
    gid: int = 0


@dataclass(frozen=True)
class Segment:
    t0: int
    t1: int
    i0: int
    i1: int
    state: str          #: running | runnable | waiting  (for P lanes: "running", with gid)
    reason: str = ""    #: wait reason, or for P lanes the goroutine's name
    gid: int = 0


@dataclass(frozen=True)
class Marker:
    key: str            #: one of theme.MARKERS
    t: int
    i: int
    lane: int           #: row index into TimelineModel.lanes
    label: str          #: tooltip / export label


@dataclass
class TimelineModel:
    lanes: list[Lane] = field(default_factory=list)
    segments: list[list[Segment]] = field(default_factory=list)     # per lane
    markers: list[Marker] = field(default_factory=list)
    jumps: dict[str, list[int]] = field(default_factory=dict)       # group -> event indices
    end_time: int = 0
    n_events: int = 0
    exit_status: int | None = None
    exit_reason: str = ""
    exit_time: int | None = None
    exit_index: int | None = None
    lost_defers: list[tuple[int, str, str]] = field(default_factory=list)  # (gid, text, reason)

    @property
    def goroutine_lanes(self) -> list[int]:
        return [k for k, ln in enumerate(self.lanes) if ln.key[0] == "g"]

    def lane_of(self, gid: int) -> int | None:
        return self._lane_index.get(("g", gid))

    @property
    def _lane_index(self) -> dict:
        idx = self.__dict__.get("_li")
        if idx is None or len(idx) != len(self.lanes):
            idx = self.__dict__["_li"] = {ln.key: k for k, ln in enumerate(self.lanes)}
        return idx

    def segment_at(self, lane: int, x: float, steps: bool = False) -> Segment | None:
        """The segment of ``lane`` covering ``x`` (virtual ns, or a step index if ``steps``)."""
        if not 0 <= lane < len(self.segments):
            return None
        segs = self.segments[lane]
        starts = [s.i0 if steps else s.t0 for s in segs]
        k = bisect_right(starts, x) - 1
        if k < 0:
            return None
        s = segs[k]
        end = s.i1 if steps else s.t1
        return s if x <= end else None

    def next_jump(self, group: str, i: int, direction: int) -> int | None:
        lst = self.jumps.get(group, [])
        if direction > 0:
            k = bisect_right(lst, i)
            return lst[k] if k < len(lst) else None
        k = bisect_left(lst, i) - 1
        return lst[k] if k >= 0 else None

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def from_trace(cls, trace, p_lanes: bool = True) -> "TimelineModel":
        m = cls()
        m.n_events = n = len(trace)
        m.end_time = end = trace.end_time
        gids = sorted(trace.goroutines)
        m.lanes.append(Lane(("signals",), "signals"))
        for g in gids:
            m.lanes.append(Lane(("g", g), trace.goroutine_name(g), g))
        lane_of = {ln.key: k for k, ln in enumerate(m.lanes)}
        segs: dict[tuple, list[Segment]] = {ln.key: [] for ln in m.lanes}
        open_: dict[tuple, tuple] = {}     # lane key -> (state, reason, t0, i0, gid)
        running_on: dict[int, int] = {}    # P -> gid
        ps: set[int] = set()
        defer_owner: dict[int, tuple[int, str]] = {}
        group_of = {k: name for name, (_, kinds) in JUMP_GROUPS.items() if name != "any"
                    for k in kinds}
        jumps: dict[str, list[int]] = {name: [] for name in JUMP_GROUPS}
        any_kinds = JUMP_GROUPS["any"][1]

        def close(key, t, i):
            cur = open_.pop(key, None)
            if cur is None:
                return
            state, reason, t0, i0, g = cur
            lane = segs.setdefault(key, [])
            if lane:   # virtual time may step back a little when the trace switches P
                t0 = max(t0, lane[-1].t1)
            t1 = max(t, t0)
            if t1 > t0 or i > i0:
                lane.append(Segment(t0, t1, i0, i, state, reason, g))

        def switch(gid, state, t, i, reason=""):
            key = ("g", gid)
            cur = open_.get(key)
            if cur is not None and cur[0] == state and cur[1] == reason:
                return
            close(key, t, i)
            if state != "dead":
                open_[key] = (state, reason, t, i, gid)

        def release(gid, t, i):
            for p, g in list(running_on.items()):
                if g == gid:
                    del running_on[p]
                    close(("p", p), t, i)

        def mark(key, e, gid, label):
            lane = lane_of.get(("g", gid), 0) if gid else 0
            m.markers.append(Marker(key, e.time, e.index, lane, label))

        switch(1, "runnable", 0, 0)
        for e in trace.of_kind(*_TIMELINE_KINDS):   # skips frames, channel ops...: most events
            k, t, i, gid, d = e.kind, e.time, e.index, e.gid, e.data
            if k in any_kinds:
                jumps["any"].append(i)
                grp = group_of.get(k)
                if grp:
                    jumps[grp].append(i)
            if k == K.PROC_RUN:
                p = d["p"]
                ps.add(p)
                prev = running_on.get(p)
                if prev is not None and prev != gid:
                    cur = open_.get(("g", prev))
                    if cur is not None and cur[0] == "running":
                        switch(prev, "runnable", t, i)
                close(("p", p), t, i)
                release(gid, t, i)
                running_on[p] = gid
                open_[("p", p)] = ("running", trace.goroutine_name(gid), t, i, gid)
                switch(gid, "running", t, i)
            elif k == K.GO_CREATE:
                switch(d["child"], "runnable", t, i)
            elif k == K.GO_PARK:
                release(gid, t, i)
                switch(gid, "waiting", t, i, d["reason"])
            elif k == K.GO_READY:
                if ("g", d["target"]) in open_:
                    switch(d["target"], "runnable", t, i)
            elif k in (K.GO_SCHED, K.GO_PREEMPT):
                release(gid, t, i)
                switch(gid, "runnable", t, i)
                if k == K.GO_PREEMPT:
                    mark("preempt", e, gid, f"{trace.goroutine_name(gid)} preempted ({d['how']})")
            elif k == K.GO_EXIT:
                release(gid, t, i)
                switch(gid, "dead", t, i)
            elif k == K.DEFER_PUSH:
                defer_owner[d["defer"]] = (gid, d["text"])
                args = f"  ({d['args']})" if d.get("args") else ""
                mark("defer_push", e, gid, f"defer {d['text']}{args}")
            elif k == K.DEFER_RUN:
                owner, text = defer_owner.get(d["defer"], (gid, "?"))
                mark("defer_run", e, owner, f"deferred {text} runs")
            elif k == K.DEFER_LOST:
                owner, text = defer_owner.get(d["defer"], (gid, "?"))
                mark("defer_lost", e, owner, f"defer {text} never ran: {d['reason']}")
                m.lost_defers.append((owner, text, d["reason"]))
            elif k == K.PANIC:
                mark("panic", e, gid, f"panic: {d['value']}")
            elif k == K.RECOVER:
                mark("recover", e, gid, f"recover() = {d['value']}")
            elif k == K.GOEXIT:
                mark("goexit", e, gid, "runtime.Goexit()")
            elif k == K.K8S:     # the kubelet's steps: terminating, preStop, endpoints, deadline
                m.markers.append(Marker("k8s", t, i, 0, K8S_LABELS.get(d["what"], d["what"])
                                        + (f" ({d['detail']})" if d.get("detail") else "")))
            elif k == K.SIGNAL_SENT:
                m.markers.append(Marker("signal", t, i, 0, f"{d['sig']} sent ({d['source']})"))
            elif k == K.SIGNAL_CAUGHT:
                m.markers.append(Marker("signal", t, i, 0, f"{d['sig']} caught by the runtime"))
            elif k == K.SIGNAL_RELAYED:
                m.markers.append(Marker("signal", t, i, 0, f"{d['sig']} relayed to {d['chan']}"))
            elif k == K.SIGNAL_DROPPED:
                m.markers.append(Marker("signal", t, i, 0, f"{d['sig']} dropped: {d['why']}"))
            elif k == K.SIGNAL_DEFAULT:
                m.markers.append(Marker("signal", t, i, 0, f"{d['sig']}: default action {d['action']}"))
            elif k == K.EXIT:
                m.exit_status, m.exit_reason = d["status"], d["reason"]
                m.exit_time, m.exit_index = t, i
                m.markers.append(Marker("exit", t, i, 0,
                                        f"exit status {d['status']} — {d['reason']}"))
                for key in list(open_):
                    close(key, t, i)
                running_on.clear()
        for key in list(open_):
            close(key, max(end, open_[key][2]), max(n - 1, 0))
        if p_lanes:
            for p in sorted(ps):
                m.lanes.append(Lane(("p", p), f"P{p}"))
        m.segments = [segs.get(ln.key, []) for ln in m.lanes]
        m.jumps = jumps
        return m


def merge_labels(m: TimelineModel, steps: bool, near: float) -> list[tuple[float, str, str]]:
    """(x, text, marker key) for the signals row: "SIGTERM", "exit status 143 — ..."; labels
    closer than ``near`` are joined so they never overprint."""
    out: list[list] = []
    for mk in m.markers:
        if mk.key == "signal" and " sent" in mk.label:
            text = mk.label.split(" sent")[0]
        elif mk.key == "k8s":
            text = mk.label.split(" (")[0]
        elif mk.key == "exit":
            text = mk.label
        else:
            continue
        x = mk.i if steps else mk.t
        if out and abs(out[-1][0] - x) <= near:
            out[-1][1] += "  →  " + text
            out[-1][2] = mk.key if mk.key == "signal" else out[-1][2]
        else:
            out.append([x, text, mk.key])
    return [tuple(o) for o in out]
