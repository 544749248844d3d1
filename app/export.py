"""Timeline images for slides: PNG (2x) and SVG, with title, legend and readable labels.

Painted with plain QPainter from a ``TimelineModel`` (no widgets), so the same code serves
File ▸ Export and the headless ``python main.py export``.  Lanes, markers and labels are drawn
in one pass; 10,000 lanes stay a fraction of a second because nothing is a scene item.
"""
from __future__ import annotations

import math
from pathlib import Path

from simulator.lib.durations import format_duration

from . import theme as themes
from .timeline_model import TimelineModel, merge_labels

WIDTH = 1600            # logical px; the PNG is rendered at 2x
MARGIN = 36
LANE_H = 30
SIGNAL_ROW_H = 34
MAX_IMAGE_H = 6000


def ensure_gui_app():
    """The process's QApplication (see ``app.qtapp``): never a bare QGuiApplication."""
    from .qtapp import ensure_app
    return ensure_app()


def nice_ticks(lo: float, hi: float, max_ticks: int = 10) -> list[float]:
    span = max(hi - lo, 1e-9)
    raw = span / max_ticks
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + k * step for k in range(int((hi - first) / step) + 1)]


class TimelinePainter:
    """Lays out and paints one timeline image."""

    def __init__(self, model: TimelineModel, title: str, subtitle: str = "", theme=None,
                 steps: bool = False, show_p: bool = False, width: int = WIDTH) -> None:
        from PySide6.QtGui import QFont, QFontMetricsF
        self.m = model
        self.title = title
        self.subtitle = subtitle
        self.t = theme or themes.LIGHT
        self.steps = steps
        self.width = width
        self.rows = [k for k, ln in enumerate(model.lanes) if show_p or ln.key[0] != "p"]
        n = max(1, len(self.rows) - 1)
        self.lane_h = LANE_H if n <= 24 else max(0.4, min(LANE_H, (MAX_IMAGE_H - 400) / n))
        self.f_title = QFont()
        self.f_title.setPixelSize(28)
        self.f_title.setBold(True)
        self.f_sub = QFont()
        self.f_sub.setPixelSize(16)
        self.f_label = QFont()
        self.f_label.setPixelSize(15 if self.lane_h >= 20 else max(8, int(self.lane_h * 0.8)))
        self.f_small = QFont()
        self.f_small.setPixelSize(13)
        self.f_mono = QFont("DejaVu Sans Mono")
        self.f_mono.setStyleHint(QFont.Monospace)
        self.f_mono.setPixelSize(13)
        fm = QFontMetricsF(self.f_label)
        names = [model.lanes[k].name for k in self.rows[:3000]]
        self.label_w = min(400, max((fm.horizontalAdvance(s) for s in names), default=60) + 30)
        self.header_h = 28 + 12 + (22 if subtitle else 0) + 14 + 26 + 18
        self.plot_top = MARGIN + self.header_h
        self.plot_left = MARGIN + self.label_w
        self.plot_right = width - MARGIN - 24
        lanes_h = SIGNAL_ROW_H + sum(self.row_h(k) for k in self.rows if model.lanes[k].key[0] != "signals")
        self.plot_h = lanes_h
        self.height = int(self.plot_top + lanes_h + 46 + MARGIN // 2)
        self.x_end = max(1, model.n_events - 1) if steps else max(1, model.end_time)

    def row_h(self, lane_k: int) -> float:
        key = self.m.lanes[lane_k].key[0]
        if key == "signals":
            return SIGNAL_ROW_H
        if key == "p":
            return max(1.0, self.lane_h * 0.7)
        return self.lane_h

    def x(self, t: float, i: float) -> float:
        v = i if self.steps else t
        return self.plot_left + (self.plot_right - self.plot_left) * v / self.x_end

    # -- painting ------------------------------------------------------------------------------
    def paint(self, p) -> None:
        from PySide6.QtCore import QPointF, QRectF, Qt
        from PySide6.QtGui import QColor, QFontMetricsF, QPen
        t, m = self.t, self.m
        p.setRenderHint(p.RenderHint.Antialiasing)
        p.setRenderHint(p.RenderHint.TextAntialiasing)
        p.fillRect(QRectF(0, 0, self.width, self.height), QColor(t.background))
        # header
        y = MARGIN
        p.setPen(QColor(t.text))
        p.setFont(self.f_title)
        p.drawText(QRectF(MARGIN, y, self.width - 2 * MARGIN, 34), Qt.AlignLeft | Qt.AlignVCenter,
                   self.title)
        y += 40
        if self.subtitle:
            p.setFont(self.f_sub)
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(MARGIN, y, self.width - 2 * MARGIN, 22), Qt.AlignLeft | Qt.AlignVCenter,
                       self.subtitle)
            y += 22
        y += 14
        self._legend(p, MARGIN, y)
        # lanes
        row_y = {}
        yy = self.plot_top
        for k in self.rows:
            row_y[k] = (yy, self.row_h(k))
            yy += self.row_h(k)
        bottom = yy
        grid = QPen(QColor(t.grid), 1)
        ticks = nice_ticks(0, self.x_end, 10)
        for v in ticks:                       # vertical grid
            x = self.x(v, v)
            p.setPen(grid)
            p.drawLine(QPointF(x, self.plot_top), QPointF(x, bottom))
        fm = QFontMetricsF(self.f_label)
        # lanes thinner than a line of text: name every k-th lane, each name a full line high
        # and centred on its lane (a name squeezed into a 1 px lane was clipped to a sliver)
        text_h = fm.height()
        show_labels = self.lane_h >= 9
        every = 1 if show_labels else max(1, math.ceil(text_h * 1.15 / max(self.lane_h, 0.1)))
        for r, k in enumerate(self.rows):
            lane = m.lanes[k]
            ly, lh = row_y[k]
            if lane.key[0] == "signals":
                p.setPen(QColor(t.muted))
                p.setFont(self.f_label)
                p.drawText(QRectF(MARGIN, ly, self.label_w - 14, lh), Qt.AlignRight | Qt.AlignVCenter,
                           "signals")
                p.setPen(grid)
                p.drawLine(QPointF(self.plot_left, ly + lh), QPointF(self.plot_right, ly + lh))
                continue
            pad = lh * 0.16 if lh >= 6 else 0
            for seg in m.segments[k]:
                x0, x1 = self.x(seg.t0, seg.i0), self.x(seg.t1, seg.i1)
                col = QColor(t.goroutine_color(seg.gid) if lane.key[0] == "p" else t.state_color(seg.state))
                p.fillRect(QRectF(x0, ly + pad, max(x1 - x0, 1.2), lh - 2 * pad), col)
            if show_labels or (r - 1) % every == 0:     # row 0 is signals, row 1 main
                p.setFont(self.f_label)
                name = fm.elidedText(lane.name, Qt.ElideMiddle, self.label_w - 30)
                p.setPen(QColor(t.text if lane.key[0] == "g" else t.muted))
                th = max(lh, text_h)
                p.drawText(QRectF(MARGIN + 14, ly + lh / 2 - th / 2, self.label_w - 28, th),
                           Qt.AlignRight | Qt.AlignVCenter, name)
                if lane.gid and lh >= 8:
                    p.fillRect(QRectF(MARGIN, ly + lh * 0.25, 6, lh * 0.5), QColor(t.goroutine_color(lane.gid)))
        # axis
        p.setPen(QPen(QColor(t.muted), 1))
        p.drawLine(QPointF(self.plot_left, bottom), QPointF(self.plot_right, bottom))
        p.setFont(self.f_small)
        for v in ticks:
            x = self.x(v, v)
            p.drawLine(QPointF(x, bottom), QPointF(x, bottom + 5))
            label = str(int(v)) if self.steps else format_duration(int(round(v)))
            p.drawText(QRectF(x - 60, bottom + 6, 120, 18), Qt.AlignHCenter | Qt.AlignTop, label)
        p.drawText(QRectF(self.plot_left, bottom + 24, self.plot_right - self.plot_left, 18),
                   Qt.AlignHCenter | Qt.AlignTop, "steps" if self.steps else "virtual time")
        # signal and exit lines, markers, lost-defer labels
        sig_y = row_y[self.rows[0]][0] + SIGNAL_ROW_H / 2 if self.rows else self.plot_top
        for mk in m.markers:
            if mk.key in ("signal", "exit") and "sent" in mk.label or mk.key == "exit":
                x = self.x(mk.t, mk.i)
                pen = QPen(QColor(t.marker_color(mk.key)), 1.3, Qt.DashLine)
                p.setPen(pen)
                p.drawLine(QPointF(x, self.plot_top + SIGNAL_ROW_H), QPointF(x, bottom))
        few = len(self.rows) <= 40
        for mk in m.markers:
            if mk.lane not in row_y:
                continue
            ly, lh = row_y[mk.lane]
            cy = ly + lh / 2
            x = self.x(mk.t, mk.i)
            size = min(16.0, max(5.0, lh * 0.55)) if mk.lane else 14.0
            self._symbol(p, themes.MARKERS[mk.key][1], x, cy, size, QColor(t.marker_color(mk.key)))
        p.setFont(self.f_small)
        fm_s = QFontMetricsF(self.f_small)
        for xv, text, key in merge_labels(m, self.steps, 0.04 * self.x_end):
            x = self.x(xv, xv)
            w = fm_s.horizontalAdvance(text) + 6
            left = x + 12 if x + 12 + w < self.plot_right + 20 else x - 12 - w
            p.setPen(QColor(t.marker_color(key)))
            p.drawText(QRectF(left, sig_y - 10, w, 20), Qt.AlignVCenter | Qt.AlignLeft, text)
        if few:
            for mk in m.markers:
                if mk.key != "defer_lost" or mk.lane not in row_y:
                    continue
                ly, lh = row_y[mk.lane]
                text = "✗ " + mk.label.replace("never ran: ", "never ran — ")
                self._pill(p, text, self.x(mk.t, mk.i) - 12, ly + lh / 2, QColor(t.marker_color(mk.key)))

    def _pill(self, p, text, right, cy, color) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFontMetricsF
        p.setFont(self.f_mono)
        fm = QFontMetricsF(self.f_mono)
        w = fm.horizontalAdvance(text) + 14
        left = max(self.plot_left + 2, right - w)
        r = QRectF(left, cy - 11, min(w, right - left), 22)
        bg = QColor(self.t.background)
        bg.setAlpha(235)
        p.setPen(color)
        p.setBrush(bg)
        p.drawRoundedRect(r, 5, 5)
        p.drawText(r.adjusted(7, 0, -7, 0), Qt.AlignVCenter | Qt.AlignLeft,
                   fm.elidedText(text, Qt.ElideRight, r.width() - 14))

    def _legend(self, p, x, y) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QFontMetricsF
        t = self.t
        p.setFont(self.f_small)
        fm = QFontMetricsF(self.f_small)
        used = {mk.key for mk in self.m.markers}
        entries = [("state", s) for s in ("running", "runnable", "waiting")]
        entries += [("marker", k) for k in themes.MARKERS if k in used]
        for kind, key in entries:
            if kind == "state":
                p.fillRect(QRectF(x, y + 6, 22, 14), QColor(t.state_color(key)))
                label = key
            else:
                self._symbol(p, themes.MARKERS[key][1], x + 11, y + 13, 13, QColor(t.marker_color(key)))
                label = themes.MARKERS[key][0]
            p.setPen(QColor(t.text))
            p.drawText(QRectF(x + 28, y, 200, 26), Qt.AlignVCenter | Qt.AlignLeft, label)
            x += 28 + fm.horizontalAdvance(label) + 22

    @staticmethod
    def _symbol(p, sym: str, x: float, y: float, size: float, color) -> None:
        from PySide6.QtCore import QPointF, QRectF
        from PySide6.QtGui import QPainterPath, QPen, QPolygonF
        h = size / 2
        path = QPainterPath()
        if sym == "t1":          # up
            path.addPolygon(QPolygonF([QPointF(x, y - h), QPointF(x + h, y + h), QPointF(x - h, y + h)]))
        elif sym == "t":         # down
            path.addPolygon(QPolygonF([QPointF(x - h, y - h), QPointF(x + h, y - h), QPointF(x, y + h)]))
        elif sym == "t2":        # right
            path.addPolygon(QPolygonF([QPointF(x - h, y - h), QPointF(x + h, y), QPointF(x - h, y + h)]))
        elif sym == "d":
            path.addPolygon(QPolygonF([QPointF(x, y - h), QPointF(x + h, y), QPointF(x, y + h), QPointF(x - h, y)]))
        elif sym == "s":
            path.addRect(QRectF(x - h * 0.8, y - h * 0.8, h * 1.6, h * 1.6))
        elif sym == "o":
            path.addEllipse(QPointF(x, y), h, h)
        elif sym == "star":
            pts = []
            for k in range(10):
                r = h if k % 2 == 0 else h * 0.45
                a = -math.pi / 2 + k * math.pi / 5
                pts.append(QPointF(x + r * math.cos(a), y + r * math.sin(a)))
            path.addPolygon(QPolygonF(pts))
        if sym == "x":
            pen = QPen(color, max(2.0, size / 5))
            p.setPen(pen)
            p.drawLine(QPointF(x - h, y - h), QPointF(x + h, y + h))
            p.drawLine(QPointF(x - h, y + h), QPointF(x + h, y - h))
            return
        path.closeSubpath()
        p.setPen(QPen(color.darker(130), 1))
        p.setBrush(color)
        p.drawPath(path)


def subtitle_for(model: TimelineModel, signals=(), extra: str = "") -> str:
    parts = []
    if model.exit_status is not None:
        parts.append(f"exit status {model.exit_status} — {model.exit_reason}")
    if signals:
        parts.append("signals: " + ", ".join(f"{s.name}@{format_duration(s.at_ns)}" for s in signals))
    n = len(model.goroutine_lanes)
    parts.append(f"{n} goroutine{'s' if n != 1 else ''}")
    if model.lost_defers:
        k = len(model.lost_defers)
        parts.append(f"{k} defer{'s' if k != 1 else ''} never ran")
    if extra:
        parts.append(extra)
    return "  ·  ".join(parts)


def export_timeline(model: TimelineModel, path, title: str, subtitle: str = "", theme=None,
                    steps: bool = False, show_p: bool = False, scale: float = 2.0) -> tuple[int, int]:
    """Write ``path`` (.png at ``scale``x, or .svg); returns the image size in pixels."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QImage, QPainter
    ensure_gui_app()
    path = Path(path)
    tp = TimelinePainter(model, title, subtitle, theme, steps, show_p)
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgGenerator
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(QSize(tp.width, tp.height))
        gen.setViewBox(QRect(0, 0, tp.width, tp.height))
        gen.setTitle(title)
        gen.setDescription("Deferlab timeline")
        p = QPainter(gen)
        tp.paint(p)
        p.end()
        return tp.width, tp.height
    img = QImage(int(tp.width * scale), int(tp.height * scale), QImage.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(scale)
    p = QPainter(img)
    tp.paint(p)
    p.end()
    if not img.save(str(path)):
        raise OSError(f"cannot write {path}")
    return img.width(), img.height()
