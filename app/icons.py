"""Transport icons painted in the theme's text colour (crisp at any DPI, readable in dark)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

SIZE = 64


def _tri(p, x0, x1, right=True):
    y0, y1 = 14, SIZE - 14
    if right:
        pts = [QPointF(x0, y0), QPointF(x1, SIZE / 2), QPointF(x0, y1)]
    else:
        pts = [QPointF(x1, y0), QPointF(x0, SIZE / 2), QPointF(x1, y1)]
    p.drawPolygon(QPolygonF(pts))


def icon(kind: str, color: str) -> QIcon:
    pm = QPixmap(SIZE, SIZE)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(color))
    bar = lambda x: p.drawRect(QRectF(x, 14, 7, SIZE - 28))   # noqa: E731
    if kind == "play":
        _tri(p, 18, 50)
    elif kind == "pause":
        bar(19)
        bar(38)
    elif kind == "step_fwd":
        _tri(p, 16, 42)
        bar(43)
    elif kind == "step_back":
        bar(14)
        _tri(p, 22, 48, right=False)
    elif kind == "next_kind":
        _tri(p, 8, 32)
        _tri(p, 32, 56)
    elif kind == "prev_kind":
        _tri(p, 8, 32, right=False)
        _tri(p, 32, 56, right=False)
    elif kind == "first":
        bar(10)
        _tri(p, 18, 36, right=False)
        _tri(p, 36, 54, right=False)
    elif kind == "last":
        _tri(p, 10, 28)
        _tri(p, 28, 46)
        bar(47)
    p.end()
    ic = QIcon(pm)
    dis = QPixmap(pm.size())
    dis.fill(Qt.transparent)
    q = QPainter(dis)
    q.setOpacity(0.35)
    q.drawPixmap(0, 0, pm)
    q.end()
    ic.addPixmap(dis, QIcon.Disabled)
    return ic
