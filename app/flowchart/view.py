"""``FlowchartView``: a QGraphicsView showing a ``FlowchartScene``, fitted to the widget.

Behaviour: fits the chart on show/resize until the user zooms (Ctrl+wheel or ``zoom_by``);
``fit()`` returns to fitted mode.  Drag pans.  The view never changes the scene.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView

from .model import Chart
from .scene import FlowchartScene

ZOOM_STEP = 1.15           # one wheel notch
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0


class FlowchartView(QGraphicsView):
    def __init__(self, chart: Chart | None = None, parent=None) -> None:
        super().__init__(parent)
        self.chart_scene = FlowchartScene(chart, self)
        self.setScene(self.chart_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.fitted = True
        self.following = False     # a panel shows it at a readable zoom, scrolled to lit nodes

    # -- content -----------------------------------------------------------------------------
    def set_chart(self, chart: Chart) -> None:
        self.chart_scene.set_chart(chart)
        self.fit()

    def set_state(self, active: set[str], visited: set[str], taken_edges: set[int]) -> None:
        self.chart_scene.set_state(active, visited, taken_edges)

    # -- zoom --------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitted = True
        self.following = False
        rect = self.chart_scene.sceneRect()
        if rect.width() > 0 and rect.height() > 0:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        f = target / self.zoom()
        self.scale(f, f)
        self.fitted = False
        self.following = False

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.fitted:
            self.fit()
