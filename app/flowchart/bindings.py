"""Animation bindings: ``%% @on EVENT [FILTER...] -> NODE[, NODE...]`` comment directives.

Grammar (docs/flowcharts.md has the user-facing version)::

    directive := "@on" event filter* "->" node ("," | " ")*
    event     := dotted kind from simulator.tracing.events.DOTTED ("defer.push") | prefix "*"
    filter    := field ("=" | "!=" | "~=") value      value: bare word or "double quoted"

Fields are the event's payload fields (``FIELDS``) plus ``gid`` (the goroutine), ``func`` (the
event's own ``func``, else the function whose frame owns the defer, else the function running on
that goroutine), ``text`` (the payload's ``text`` field, for defer.run/done/lost the deferred
call's source, else all payload values joined) and ``nth=N`` (only the N-th event matching the
rest of this directive).
``func=worker`` also matches ``main.worker``.  Values compare as text (booleans ``true``/``false``,
None ``nil``).

``ChartAnimator`` walks a trace once (O(events)) and keeps, per hit, the nodes it lit; then
``state_at(step)`` is a bisect plus O(nodes + edges).  Invariants: hits are in trace order;
``first_lit[node]`` / ``first_taken[edge]`` are hit numbers, so "visited" and "taken" at a step
are exactly the nodes/edges lit at or before it.
"""
from __future__ import annotations

import re
import shlex
from bisect import bisect_right
from collections import deque

from simulator.tracing.events import BY_DOTTED, DOTTED, EventKind

from .model import Binding, Chart, ChartError

_FILTER = re.compile(r"^([A-Za-z_][\w]*)(=|!=|~=)(.*)$", re.S)
_SPECIAL_FIELDS = {"gid", "func", "text"}
_ALL_FIELDS = None


def _known_fields() -> set[str]:
    from simulator.tracing.events import FIELDS
    out = set(_SPECIAL_FIELDS)
    for names in FIELDS.values():
        out.update(names)
    return out


def parse_binding(body: str, file: str, line: int, col: int) -> Binding:
    """Parse the text after ``%%`` (starting with ``@``); errors are located ``ChartError``s."""
    def err(msg: str) -> ChartError:
        return ChartError(file, line, col, msg)

    word = body.split(None, 1)[0]
    if word != "@on":
        raise err(f"unknown directive '{word}', expected '@on'")
    rest = body[len(word):]
    if "->" not in rest:
        raise err("@on: expected '-> NODE' after the event")
    # split at the last '->' outside quotes: filter values may contain '->' only when quoted
    try:
        arrow = _arrow_outside_quotes(rest)
        lhs, rhs = rest[:arrow], rest[arrow + 2:]
        lhs_tokens = shlex.split(lhs, posix=True)
    except ValueError as e:
        raise err(f"@on: {e}") from None
    if not lhs_tokens:
        raise err("@on: expected an event name such as defer.push")
    event, filters = lhs_tokens[0], []
    if event.endswith("*"):
        prefix = event[:-1]
        if not any(name.startswith(prefix) for name in BY_DOTTED):
            raise err(f"@on: no event starts with '{prefix}'")
    elif event not in BY_DOTTED:
        raise err(f"@on: unknown event '{event}'")
    global _ALL_FIELDS
    if _ALL_FIELDS is None:
        _ALL_FIELDS = _known_fields()
    nth = 0
    for tok in lhs_tokens[1:]:
        m = _FILTER.match(tok)
        if not m:
            raise err(f"@on: bad filter '{tok}', expected field=value, field!=value or field~=text")
        if m.group(1) == "nth":
            if m.group(2) != "=" or not m.group(3).isdigit() or int(m.group(3)) < 1:
                raise err("@on: nth takes a count from 1, e.g. nth=2")
            nth = int(m.group(3))
            continue
        if m.group(1) not in _ALL_FIELDS:
            raise err(f"@on: unknown field '{m.group(1)}'")
        filters.append((m.group(1), m.group(2), m.group(3)))
    targets = [t for t in re.split(r"[\s,]+", rhs.strip()) if t]
    if not targets:
        raise err("@on: expected a node id after '->'")
    return Binding(event, filters, targets, line, nth)


def _arrow_outside_quotes(s: str) -> int:
    quoted = False
    found = -1
    for i, c in enumerate(s):
        if c == '"':
            quoted = not quoted
        elif not quoted and s.startswith("->", i):
            found = i
    if quoted:
        raise ValueError("No closing quotation")
    if found < 0:
        raise ValueError("expected '-> NODE'")
    return found


def _text(v) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "nil"
    if isinstance(v, (list, tuple)):
        return ",".join(_text(x) for x in v)
    return str(v)


def _kinds_bound(bindings) -> set:
    """Event kinds some binding can match (``defer.*`` covers every defer kind)."""
    out = set()
    for b in bindings:
        for kind, dotted in DOTTED.items():
            if (b.event.endswith("*") and dotted.startswith(b.event[:-1])) or dotted == b.event:
                out.add(kind)
    return out


def _matches(b: Binding, dotted: str, fields: dict) -> bool:
    if b.event.endswith("*"):
        if not dotted.startswith(b.event[:-1]):
            return False
    elif dotted != b.event:
        return False
    for name, op, want in b.filters:
        if name not in fields:
            return False
        have = _text(fields[name])
        if name == "func":
            ok = have == want or have.endswith("." + want)
        elif op == "~=":
            ok = want in have
        else:
            ok = have == want
        if op == "!=":
            ok = not ok
        if not ok:
            return False
    return True


class ChartAnimator:
    """Which chart nodes and edges are lit at each step of a trace."""

    def __init__(self, chart: Chart, trace) -> None:
        self.chart = chart
        self.hit_index: list[int] = []           # trace index of each hit, increasing
        self.hit_nodes: list[frozenset[str]] = []
        self.first_lit: dict[str, int] = {}      # node -> first hit number lighting it
        self.first_taken: dict[int, int] = {}    # edge index -> first hit number taking it
        self._out: dict[str, list[tuple[str, int]]] = {n: [] for n in chart.nodes}
        for e in chart.edges:
            self._out[e.src].append((e.dst, e.index))
        self._bound = {t for b in chart.bindings for t in b.targets}
        if chart.bindings:
            self._scan(trace)

    # -- precomputation ----------------------------------------------------------------------
    def _scan(self, trace) -> None:
        frames: dict[int, str] = {}               # frame id -> func
        stacks: dict[int, list[int]] = {}         # gid -> frame ids
        defer_frame: dict[int, int] = {}          # defer id -> frame id
        defer_text: dict[int, str] = {}           # defer id -> call source ("wg.Done()")
        seen = [0] * len(self.chart.bindings)     # events matched so far, per binding (for nth)
        bindings = self.chart.bindings
        wanted = _kinds_bound(bindings)
        context = {EventKind.FRAME_PUSH, EventKind.FRAME_POP, EventKind.DEFER_PUSH}
        # only the kinds a binding can match, plus what tracks frames and defers: a 100k
        # goroutine trace is mostly other events
        for ev in trace.of_kind(*(wanted | context)):
            k = ev.kind
            data = ev.data
            if k == EventKind.FRAME_PUSH:
                frames[data["frame"]] = data["func"]
                stacks.setdefault(ev.gid, []).append(data["frame"])
            elif k == EventKind.DEFER_PUSH:
                defer_frame[data["defer"]] = data["frame"]
                defer_text[data["defer"]] = data["text"]
            if k not in wanted:
                if k == EventKind.FRAME_POP:
                    st = stacks.get(ev.gid)
                    if st and st[-1] == data["frame"]:
                        st.pop()
                continue
            fields = dict(data)
            fields["gid"] = ev.gid
            if "func" not in fields:
                if "defer" in data and data["defer"] in defer_frame:
                    fields["func"] = frames.get(defer_frame[data["defer"]], "")
                elif stacks.get(ev.gid):
                    fields["func"] = frames.get(stacks[ev.gid][-1], "")
            if "text" not in fields:
                if "defer" in data and data["defer"] in defer_text:
                    fields["text"] = defer_text[data["defer"]]
                else:
                    fields["text"] = " ".join(_text(v) for v in data.values())
            if k == EventKind.FRAME_POP:
                st = stacks.get(ev.gid)
                if st and st[-1] == data["frame"]:
                    st.pop()
            lit: list[str] = []
            dotted = ev.dotted
            for bi, b in enumerate(bindings):
                if _matches(b, dotted, fields):
                    seen[bi] += 1
                    if b.nth and seen[bi] != b.nth:
                        continue
                    lit.extend(t for t in b.targets if t not in lit)
            if lit:
                self._hit(ev.index, lit)

    def _hit(self, index: int, lit: list[str]) -> None:
        n = len(self.hit_index)
        prev = self.hit_nodes[-1] if n else frozenset()
        self.hit_index.append(index)
        self.hit_nodes.append(frozenset(lit))
        for node in lit:
            self.first_lit.setdefault(node, n)
        for p in sorted(prev):
            for node in lit:
                path = self._path(p, node)
                for mid in path[0]:
                    self.first_lit.setdefault(mid, n)
                for e in path[1]:
                    self.first_taken.setdefault(e, n)

    def _path(self, src: str, dst: str) -> tuple[list[str], list[int]]:
        """Shortest edge path src -> dst whose inner nodes have no binding (a decision node in
        between is passed through, not skipped); ([], []) if none."""
        if src == dst:
            return [], []
        seen = {src: None}
        queue = deque([src])
        while queue:
            u = queue.popleft()
            for v, ei in self._out[u]:
                if v in seen:
                    continue
                seen[v] = (u, ei)
                if v == dst:
                    nodes, edges = [], []
                    while seen[v] is not None:
                        u2, e2 = seen[v]
                        edges.append(e2)
                        if u2 != src:
                            nodes.append(u2)
                        v = u2
                    return nodes[::-1], edges[::-1]
                if v not in self._bound:
                    queue.append(v)
        return [], []

    # -- queries -----------------------------------------------------------------------------
    def hit_at(self, step: int) -> int:
        """Number of the last hit at or before trace index ``step`` (-1: none yet)."""
        return bisect_right(self.hit_index, step) - 1

    def state_at(self, step: int) -> tuple[set[str], set[str], set[int]]:
        """(active nodes, visited nodes, taken edge indices) after trace event ``step``."""
        h = self.hit_at(step)
        if h < 0:
            return set(), set(), set()
        active = set(self.hit_nodes[h])
        visited = {n for n, first in self.first_lit.items() if first <= h}
        taken = {e for e, first in self.first_taken.items() if first <= h}
        return active, visited, taken
