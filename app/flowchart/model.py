"""The chart model: what a parsed mermaid flowchart says, independent of layout and drawing.

Invariants:

* ``Chart.nodes`` keeps first-mention order (layout relies on it for determinism);
* ``Chart.edges[i].index == i``: the index is the one ``linkStyle`` and ``taken_edges`` use;
* every edge endpoint and every subgraph member is a key of ``Chart.nodes``;
* a node belongs to at most one subgraph (the innermost one it was first mentioned in); subgraphs
  form a forest through ``parent``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

#: Node shapes, named after mermaid's own shape names.
SHAPES = ("rect", "round", "diamond", "circle", "doublecircle", "stadium", "subroutine",
          "cylinder", "hexagon", "odd", "lean_r", "lean_l", "trapezoid", "inv_trapezoid")

#: Edge line styles: ``-->``/``---`` solid, ``-.->`` dotted, ``==>`` thick, ``~~~`` invisible.
LINE_STYLES = ("solid", "dotted", "thick", "invisible")
#: Edge end markers: ``>`` arrow, ``o`` circle, ``x`` cross, none for ``---``.
MARKERS = ("arrow", "circle", "cross", "none")

DIRECTIONS = ("TB", "BT", "LR", "RL")


class ChartError(Exception):
    """A located error in a chart file; ``str`` is ``file:line:col: message`` (1-based)."""

    def __init__(self, file: str, line: int, col: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{col}: {message}")
        self.file = file
        self.line = line
        self.col = col
        self.message = message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


@dataclass
class Node:
    id: str
    label: str
    shape: str = "rect"
    classes: list[str] = field(default_factory=list)
    style: dict[str, str] = field(default_factory=dict)   # from ``style ID ...``
    line: int = 0                                          # first mention, for error messages


@dataclass
class Edge:
    index: int
    src: str
    dst: str
    label: str = ""
    line_style: str = "solid"
    end: str = "arrow"          # marker at dst
    start: str = "none"         # marker at src (``<-->``)
    minlen: int = 1             # extra dashes make an edge span more ranks, as in mermaid
    style: dict[str, str] = field(default_factory=dict)   # from ``linkStyle``


@dataclass
class Subgraph:
    id: str
    title: str
    members: list[str] = field(default_factory=list)      # node ids directly inside
    children: list[str] = field(default_factory=list)     # nested subgraph ids
    parent: str | None = None
    direction: str | None = None                          # parsed, not used by the layout


@dataclass
class Binding:
    """``%% @on EVENT FILTER... -> NODE...``: light NODEs when a matching event happens."""

    event: str                                   # dotted name, or a prefix ending in ``*``
    filters: list[tuple[str, str, str]]          # (field, op, value); op is ``=``, ``!=``, ``~=``
    targets: list[str]
    line: int = 0
    nth: int = 0                                 # light only the nth match (1-based); 0: every one


@dataclass
class Chart:
    direction: str = "TB"
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    subgraphs: dict[str, Subgraph] = field(default_factory=dict)
    class_defs: dict[str, dict[str, str]] = field(default_factory=dict)
    default_link_style: dict[str, str] = field(default_factory=dict)
    bindings: list[Binding] = field(default_factory=list)
    file: str = "chart.mmd"

    def subgraph_of(self) -> dict[str, str]:
        """node id -> id of the innermost subgraph holding it (nodes outside any are absent)."""
        return {m: sg.id for sg in self.subgraphs.values() for m in sg.members}

    def graph(self) -> nx.MultiDiGraph:
        """The chart as a networkx multigraph; edge keys are edge indices."""
        g = nx.MultiDiGraph()
        for nid, node in self.nodes.items():
            g.add_node(nid, node=node)
        for e in self.edges:
            g.add_edge(e.src, e.dst, key=e.index, edge=e)
        return g

    def node_style(self, nid: str) -> dict[str, str]:
        """Effective CSS-like style of a node: classDef ``default``, its classes, then ``style``."""
        node = self.nodes[nid]
        out = dict(self.class_defs.get("default", {}))
        for c in node.classes:
            out.update(self.class_defs.get(c, {}))
        out.update(node.style)
        return out

    def edge_style(self, index: int) -> dict[str, str]:
        out = dict(self.default_link_style)
        out.update(self.edges[index].style)
        return out


def parse_style(text: str) -> dict[str, str]:
    """``fill:#f96,stroke:#333,stroke-width:4px`` -> dict; unknown keys are kept, not checked."""
    out: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        if ":" in part:
            k, v = part.split(":", 1)
            if k.strip():
                out[k.strip()] = v.strip()
    return out
