"""QGraphicsItems for one chart: nodes, edges, edge labels, subgraph boxes.

Every item keeps its base look (theme + classDef/style/linkStyle) and a ``mode`` set by the
scene's ``set_state``; changing the mode only swaps pens/brushes and calls ``update`` (no
re-layout, no new items), so animation steps stay cheap.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from . import theme as T
from .geometry import basis_segments, cylinder_ry, end_tangent, outline
from .layout import ClusterBox, EdgeRoute, NodeBox
from .qtutil import chart_font, css_color, css_dashes, css_px

MODES = ("normal", "active", "visited", "dim", "taken")
DOT_DASH = [2.0, 2.0]          # mermaid's dotted link, in pen widths


def _shape_path(shape: str, b: NodeBox) -> QPainterPath:
    p = QPainterPath()
    l, t = b.x - b.w / 2, b.y - b.h / 2
    rect = QRectF(l, t, b.w, b.h)
    if shape in ("rect", "subroutine"):
        p.addRect(rect)
    elif shape == "round":
        p.addRoundedRect(rect, T.CORNER_RADIUS, T.CORNER_RADIUS)
    elif shape == "stadium":
        p.addRoundedRect(rect, b.h / 2, b.h / 2)
    elif shape in ("circle", "doublecircle"):
        p.addEllipse(rect)
    elif shape == "cylinder":
        ry = cylinder_ry(b.w)
        r = l + b.w
        bottom = t + b.h
        p.moveTo(l, t + ry)
        p.arcTo(QRectF(l, t, b.w, 2 * ry), 180, -180)
        p.lineTo(r, bottom - ry)
        p.arcTo(QRectF(l, bottom - 2 * ry, b.w, 2 * ry), 0, -180)
        p.closeSubpath()
    else:
        p.addPolygon(QPolygonF([QPointF(x, y) for x, y in outline(shape, b.x, b.y, b.w, b.h)]))
        p.closeSubpath()
    return p


class NodeItem(QGraphicsItem):
    def __init__(self, box: NodeBox, label: str, style: dict[str, str]) -> None:
        super().__init__()
        self.box = box
        self.label = label
        self.mode = "normal"
        self.path = _shape_path(box.shape, box)
        self.fill = css_color(style.get("fill"), T.NODE_FILL)
        self.stroke = css_color(style.get("stroke"), T.NODE_STROKE)
        self.stroke_width = css_px(style.get("stroke-width"), 1.0)
        self.dashes = css_dashes(style.get("stroke-dasharray"))
        self.text_color = css_color(style.get("color"), T.TEXT_COLOR)
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        m = max(self.stroke_width, T.ACTIVE_STROKE_WIDTH) + 2
        return self.path.boundingRect().adjusted(-m, -m, m, m)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.setOpacity(T.DIM_OPACITY if mode == "dim" else 1.0)
            self.update()

    def paint(self, painter, option, widget=None) -> None:
        fill, stroke, width = self.fill, self.stroke, self.stroke_width
        if self.mode == "active":
            fill, stroke = QColor(T.ACTIVE_FILL), QColor(T.ACTIVE_STROKE)
            width = max(width, T.ACTIVE_STROKE_WIDTH)
        elif self.mode == "visited":
            fill, stroke = QColor(T.VISITED_FILL), QColor(T.VISITED_STROKE)
            width = max(width, 1.5)
        pen = QPen(stroke, width)
        if self.dashes:
            pen.setDashPattern([d / max(width, 0.1) for d in self.dashes])
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.path)
        b = self.box
        l, t, r = b.x - b.w / 2, b.y - b.h / 2, b.x + b.w / 2
        if b.shape == "subroutine":
            painter.drawLine(QPointF(l + 8, t), QPointF(l + 8, t + b.h))
            painter.drawLine(QPointF(r - 8, t), QPointF(r - 8, t + b.h))
        elif b.shape == "doublecircle":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(l + 5, t + 5, b.w - 10, b.h - 10))
        elif b.shape == "cylinder":
            ry = cylinder_ry(b.w)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(l, t, b.w, 2 * ry), 180 * 16, 180 * 16)
        painter.setFont(chart_font())
        painter.setPen(self.text_color)
        text_rect = QRectF(b.x - b.text_w / 2 - 2, b.y - b.text_h / 2, b.text_w + 4, b.text_h)
        if b.shape == "cylinder":
            text_rect.translate(0, cylinder_ry(b.w) / 2)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, self.label)


class EdgeItem(QGraphicsItem):
    """A basis-spline edge with its end markers; the curve stops where the arrowhead begins."""

    def __init__(self, route: EdgeRoute, line_style: str, start: str, end: str,
                 style: dict[str, str]) -> None:
        super().__init__()
        self.route = route
        self.line_style = line_style
        self.mode = "normal"
        self.color = css_color(style.get("stroke"), T.EDGE_COLOR)
        default_w = T.THICK_WIDTH if line_style == "thick" else T.EDGE_WIDTH
        self.width = css_px(style.get("stroke-width"), default_w)
        self.dashes = css_dashes(style.get("stroke-dasharray"))
        self.markers: list[tuple[str, tuple[float, float], tuple[float, float]]] = []
        self.path = self._build(route.points, start, end)
        self.setZValue(1)

    def _build(self, pts, start: str, end: str) -> QPainterPath:
        p0, segs = basis_segments(list(pts))
        if not segs:
            return QPainterPath()
        if end != "none":
            prev, tip = end_tangent(p0, segs)
            self.markers.append((end, prev, tip))
            base = _back_off(prev, tip, T.ARROW_LEN if end == "arrow" else 4.0)
            segs[-1] = segs[-1][:-1] + (base,)
        if start != "none":
            nxt = segs[0][0]
            self.markers.append((start, nxt, p0))
            p0 = _back_off(nxt, p0, T.ARROW_LEN if start == "arrow" else 4.0)
        path = QPainterPath(QPointF(*p0))
        for seg in segs:
            if len(seg) == 1:
                path.lineTo(QPointF(*seg[0]))
            else:
                path.cubicTo(QPointF(*seg[0]), QPointF(*seg[1]), QPointF(*seg[2]))
        return path

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().adjusted(-12, -12, 12, 12)

    def set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.setOpacity(T.DIM_OPACITY if mode == "dim" else 1.0)
            self.update()

    def paint(self, painter, option, widget=None) -> None:
        if self.line_style == "invisible":
            return
        color, width = self.color, self.width
        if self.mode == "taken":
            color, width = QColor(T.TAKEN_EDGE_COLOR), max(width, T.TAKEN_EDGE_WIDTH)
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if self.dashes:
            pen.setDashPattern([d / max(width, 0.1) for d in self.dashes])
        elif self.line_style == "dotted":
            pen.setDashPattern(DOT_DASH)
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        painter.setPen(QPen(color, 1.0))
        for kind, prev, tip in self.markers:
            _draw_marker(painter, kind, prev, tip, color, width)


def _back_off(prev, tip, dist: float) -> tuple[float, float]:
    dx, dy = tip[0] - prev[0], tip[1] - prev[1]
    n = math.hypot(dx, dy) or 1.0
    return tip[0] - dx / n * dist, tip[1] - dy / n * dist


def _draw_marker(painter, kind, prev, tip, color: QColor, width: float) -> None:
    dx, dy = tip[0] - prev[0], tip[1] - prev[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    scale = 1.0 if width <= 1.5 else 1.0 + (width - 1.5) * 0.25
    if kind == "arrow":
        L, H = T.ARROW_LEN * scale, T.ARROW_HALF * scale
        bx, by = tip[0] - ux * L, tip[1] - uy * L
        poly = QPolygonF([QPointF(*tip), QPointF(bx - uy * H, by + ux * H),
                          QPointF(bx + uy * H, by - ux * H)])
        painter.setBrush(QBrush(color))
        painter.drawPolygon(poly)
    elif kind == "circle":
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(tip[0] - ux * 4, tip[1] - uy * 4), 4, 4)
    elif kind == "cross":
        painter.setPen(QPen(color, 2))
        c = (tip[0] - ux * 5, tip[1] - uy * 5)
        for sx, sy in ((1, 1), (1, -1)):
            painter.drawLine(QPointF(c[0] - 4 * sx, c[1] - 4 * sy), QPointF(c[0] + 4 * sx, c[1] + 4 * sy))


class LabelItem(QGraphicsItem):
    """An edge label: text on mermaid's translucent grey box, centred on the curve."""

    def __init__(self, text: str, pos, size, style: dict[str, str]) -> None:
        super().__init__()
        self.text = text
        w, h = size
        self.rect = QRectF(pos[0] - w / 2, pos[1] - h / 2, w, h)
        self.text_color = css_color(style.get("color"), T.TEXT_COLOR)
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self.rect

    def set_mode(self, mode: str) -> None:
        self.setOpacity(T.DIM_OPACITY if mode == "dim" else 1.0)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(*T.LABEL_BG)))
        painter.drawRect(self.rect)
        painter.setFont(chart_font())
        painter.setPen(self.text_color)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class ClusterItem(QGraphicsItem):
    def __init__(self, box: ClusterBox, style: dict[str, str]) -> None:
        super().__init__()
        self.box = box
        self.rect = QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)
        self.fill = css_color(style.get("fill"), T.CLUSTER_FILL)
        self.stroke = css_color(style.get("stroke"), T.CLUSTER_STROKE)
        self.setZValue(-1 + box.depth * 0.01)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(QPen(self.stroke, 1.0))
        painter.setBrush(QBrush(self.fill))
        painter.drawRect(self.rect)
        painter.setFont(chart_font())
        painter.setPen(QColor(T.TEXT_COLOR))
        title = QRectF(self.rect.left(), self.rect.top() + 2, self.rect.width(), T.LINE_HEIGHT)
        painter.drawText(title, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self.box.title)
