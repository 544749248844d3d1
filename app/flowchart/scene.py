"""``FlowchartScene``: one laid-out chart as QGraphicsItems, with the animation highlight API.

Invariants: items are created once per chart (``set_chart`` rebuilds); ``node_items`` is keyed by
node id and ``edge_items`` is indexed like ``Chart.edges``; ``set_state`` touches only items whose
mode changes, so calling it on every playback step is cheap.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QGraphicsScene

from . import theme as T
from .items import ClusterItem, EdgeItem, LabelItem, NodeItem
from .layout import Layout, layout_chart
from .model import Chart
from .qtutil import qt_measure


def require_widgets_app() -> None:
    """QGraphicsScene crashes (segfault) under a bare QGuiApplication: fail with a message."""
    app = QApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        raise RuntimeError("flowcharts need a QApplication (widgets), but a QGuiApplication "
                           "already exists in this process")


class FlowchartScene(QGraphicsScene):
    def __init__(self, chart: Chart | None = None, parent=None) -> None:
        require_widgets_app()
        super().__init__(parent)
        self.setBackgroundBrush(QBrush(QColor(T.BACKGROUND)))
        self.chart: Chart | None = None
        self.layout: Layout | None = None
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: list[EdgeItem] = []
        self.label_items: dict[int, LabelItem] = {}
        if chart is not None:
            self.set_chart(chart)

    def set_chart(self, chart: Chart) -> None:
        self.clear()
        self.chart = chart
        self.layout = lay = layout_chart(chart, qt_measure)
        self.node_items, self.edge_items, self.label_items = {}, [], {}
        for sid, box in lay.clusters.items():
            self.addItem(ClusterItem(box, chart.class_defs.get(sid, {})))
        for e, route in zip(chart.edges, lay.edges):
            style = chart.edge_style(e.index)
            item = EdgeItem(route, e.line_style, e.start, e.end, style)
            self.addItem(item)
            self.edge_items.append(item)
            if e.label and route.label_pos and e.line_style != "invisible":
                label = LabelItem(e.label, route.label_pos, route.label_size, style)
                self.addItem(label)
                self.label_items[e.index] = label
        for nid, box in lay.nodes.items():
            item = NodeItem(box, chart.nodes[nid].label, chart.node_style(nid))
            self.addItem(item)
            self.node_items[nid] = item
        self.setSceneRect(QRectF(0, 0, lay.width, lay.height))

    def set_state(self, active: set[str], visited: set[str], taken_edges: set[int]) -> None:
        """Light ``active`` nodes strongly, trace ``visited`` nodes and ``taken_edges``, dim the
        rest slightly; all three empty = the plain chart.  Unknown ids are ignored."""
        if not (active or visited or taken_edges):
            for item in self.node_items.values():
                item.set_mode("normal")
            for i, item in enumerate(self.edge_items):
                item.set_mode("normal")
                if i in self.label_items:
                    self.label_items[i].set_mode("normal")
            return
        for nid, item in self.node_items.items():
            item.set_mode("active" if nid in active else "visited" if nid in visited else "dim")
        for i, item in enumerate(self.edge_items):
            mode = "taken" if i in taken_edges else "dim"
            item.set_mode(mode)
            if i in self.label_items:
                self.label_items[i].set_mode(mode)

    def highlight(self, nodes) -> None:
        """Light some nodes (``--highlight``) and the edges between them."""
        lit = set(nodes)
        taken = {e.index for e in self.chart.edges if e.src in lit and e.dst in lit} if self.chart else set()
        self.set_state(lit, set(), taken)
