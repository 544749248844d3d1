"""The context tree drawn as a flowchart: one node per context, parent -> child edges.

Input is a networkx DiGraph (from the simulator's replay later): node attributes ``kind``
("background", "cancel", "timeout", "deadline", "value", "signal"...), ``deadline`` (ns or None),
``err`` (None until cancelled), ``cause``, ``waiters`` (gids blocked on Done).  A cancelled node
(``err`` set) is red, so a cascade reads top-down as it spreads.  ``context_chart`` is pure;
``ContextTreeView`` re-lays out only when the tree's shape changes and otherwise just restyles.
"""
from __future__ import annotations

import networkx as nx

from .model import Chart, Edge, Node

CANCELLED_STYLE = {"fill": "#ffcccc", "stroke": "#cc0000", "color": "#990000"}
NS_PER_MS = 1_000_000


def _label(nid, attrs: dict) -> str:
    kind = attrs.get("kind") or "context"
    lines = [f"{kind} ctx {nid}"]
    deadline = attrs.get("deadline")
    if deadline is not None:
        lines.append(f"deadline {deadline / NS_PER_MS:g}ms")
    if attrs.get("err"):
        cause = attrs.get("cause")
        lines.append(str(attrs["err"]) + (f" ({cause})" if cause and cause != attrs["err"] else ""))
    waiters = attrs.get("waiters") or ()
    if waiters:
        lines.append("waiting: " + ", ".join(f"G{g}" for g in waiters))
    return "\n".join(lines)


def context_chart(tree: nx.DiGraph) -> Chart:
    """A top-down chart of the context tree; node ids are ``c<ctx id>``."""
    chart = Chart(direction="TB", file="context-tree")
    for nid in sorted(tree.nodes, key=str):
        attrs = tree.nodes[nid]
        node = Node(f"c{nid}", _label(nid, attrs), "stadium" if tree.in_degree(nid) == 0 else "round")
        if attrs.get("err"):
            node.style = dict(CANCELLED_STYLE)
        chart.nodes[node.id] = node
    for u, v in sorted(tree.edges, key=lambda e: (str(e[0]), str(e[1]))):
        chart.edges.append(Edge(len(chart.edges), f"c{u}", f"c{v}"))
    return chart


def _shape_key(tree: nx.DiGraph) -> tuple:
    return tuple(sorted(map(str, tree.nodes))), tuple(sorted((str(u), str(v)) for u, v in tree.edges))


def _make_view_class():
    from .view import FlowchartView

    class ContextTreeView(FlowchartView):
        """A FlowchartView of a context tree; ``set_tree`` on every step is fine."""

        def __init__(self, tree: nx.DiGraph | None = None, parent=None) -> None:
            super().__init__(None, parent)
            self._key = None
            self._labels: dict[str, str] = {}
            if tree is not None:
                self.set_tree(tree)

        def set_tree(self, tree: nx.DiGraph) -> None:
            chart = context_chart(tree)
            key = _shape_key(tree)
            labels = {nid: n.label for nid, n in chart.nodes.items()}
            if key != self._key or labels != self._labels:
                self._key, self._labels = key, labels
                self.set_chart(chart)
            cancelled = {f"c{n}" for n, a in tree.nodes(data=True) if a.get("err")}
            self.cancelled = cancelled

    return ContextTreeView


def __getattr__(name: str):
    # keep this module importable without Qt for context_chart; the widget class is made lazily
    if name == "ContextTreeView":
        cls = _make_view_class()
        globals()["ContextTreeView"] = cls
        return cls
    raise AttributeError(name)
