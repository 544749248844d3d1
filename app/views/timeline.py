"""Timeline: one lane per goroutine coloured by state, markers, a signals row, P lanes, a cursor.

Drawing follows pyqtgraph's customGraphicsItem recipe: every lane segment of the trace is
pre-rendered into ONE ``QPicture`` (``LanesItem``); every marker lives in ONE
``ScatterPlotItem``.  Thousands of lanes stay cheap (one plot item per lane is ~28x slower).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPicture
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout,
                               QWidget)
import pyqtgraph as pg

from simulator.lib.durations import format_duration

from .. import theme as themes
from ..timeline_model import TimelineModel, merge_labels

ROW_PAD = 0.18
#: pyqtgraph symbols per marker kind (see theme.MARKERS)
SYMBOLS = {k: sym for k, (_, sym) in themes.MARKERS.items()}
#: the same symbols as text, for the legend above the plot
MARKER_GLYPHS = {"t1": "▲", "t": "▼", "x": "✗", "star": "★", "d": "◆", "s": "■", "o": "●", "t2": "▶"}


def fmt_ns(v: float) -> str:
    return format_duration(int(round(v)))



#: a lane's name is drawn only when the lane is at least this many text lines tall
LANE_LABEL_SPACING = 1.15

class TimeAxis(pg.AxisItem):
    """Bottom axis: Go durations in time mode, step numbers in step mode."""

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.steps = False

    def tickStrings(self, values, scale, spacing):
        if self.steps:
            return [f"{int(v)}" for v in values]
        return [fmt_ns(v) if v >= 0 else "" for v in values]


class LanesItem(pg.GraphicsObject):
    """All lane segments, the lane separators and the exit line, pre-rendered into a QPicture."""

    def __init__(self) -> None:
        super().__init__()
        self.picture = QPicture()
        self._bounds = QRectF()
        # moving the cursor repaints the plot: reuse the rendered lanes instead of replaying
        # a picture of 100k lanes each time (re-rendered on zoom/pan and on rebuild)
        self.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def rebuild(self, model: TimelineModel, rows: list[int], steps: bool, theme) -> None:
        self.prepareGeometryChange()
        pic = QPicture()
        p = QPainter(pic)
        x_end = max(1, model.n_events - 1) if steps else max(1, model.end_time)
        grid = QPen(QColor(theme.grid))
        grid.setCosmetic(True)
        brushes = {s: QBrush(QColor(theme.state_color(s))) for s in themes.STATES}
        pens = {}
        for s in themes.STATES:
            pen = QPen(QColor(theme.state_color(s)))
            pen.setCosmetic(True)       # 1 px even when a slice is 20 ns wide at 1 s zoom
            pens[s] = pen
        for row, lane_k in enumerate(rows):
            lane = model.lanes[lane_k]
            p.setPen(grid)
            p.drawLine(QPointF(0, row + 1), QPointF(x_end, row + 1))
            top, h = row + ROW_PAD, 1 - 2 * ROW_PAD
            is_p = lane.key[0] == "p"
            for seg in model.segments[lane_k]:
                x0, x1 = (seg.i0, seg.i1) if steps else (seg.t0, seg.t1)
                if is_p:
                    col = QColor(theme.goroutine_color(seg.gid))
                    pen = QPen(col)
                    pen.setCosmetic(True)
                    p.setPen(pen)
                    p.setBrush(QBrush(col))
                else:
                    p.setPen(pens[seg.state])
                    p.setBrush(brushes[seg.state])
                p.drawRect(QRectF(x0, top, max(x1 - x0, 0), h))
        if model.exit_time is not None:
            pen = QPen(QColor(theme.marker_color("exit")), 0, Qt.DashLine)
            pen.setCosmetic(True)
            p.setPen(pen)
            x = model.exit_index if steps else model.exit_time
            p.drawLine(QPointF(x, 0), QPointF(x, len(rows)))
        p.end()
        self.picture = pic
        self._bounds = QRectF(0, 0, x_end, max(1, len(rows)))
        self.update()

    def paint(self, painter, *args) -> None:
        painter.drawPicture(0, 0, self.picture)

    def boundingRect(self) -> QRectF:
        return self._bounds


class TimelineView(QWidget):
    """The timeline of the player's trace; the cursor follows and drives the player."""

    lane_clicked = Signal(int)      # gid

    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.model: TimelineModel | None = None
        self.steps = False
        self.show_p = True
        self.rows: list[int] = []          # lane indices shown, top to bottom
        self._theme = themes.current()
        self._dragging = False

        self.axis = TimeAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot.setFocusPolicy(Qt.NoFocus)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        vb = self.plot.getViewBox()
        vb.invertY(True)
        vb.setMouseEnabled(x=True, y=True)
        vb.sigYRangeChanged.connect(self._label_rows)   # zoom/scroll/resize: re-space the names
        vb.sigResized.connect(self._label_rows)
        self.lanes_item = LanesItem()
        self.plot.addItem(self.lanes_item)
        self.selection = pg.LinearRegionItem(orientation="horizontal", movable=False)
        self.selection.setZValue(-5)
        self.plot.addItem(self.selection)
        self.markers = pg.ScatterPlotItem(size=11, hoverable=True, pxMode=True,
                                          tip=lambda x, y, data: data)
        self.plot.addItem(self.markers)
        self.cursor = pg.InfiniteLine(angle=90, movable=True)
        self.cursor.setZValue(20)
        self.cursor.sigDragged.connect(self._cursor_dragged)
        self.plot.addItem(self.cursor)
        self._labels: list[pg.TextItem] = []
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

        self.axis_box = QComboBox()
        self.axis_box.addItems(["virtual time", "steps"])
        self.axis_box.setFocusPolicy(Qt.NoFocus)
        self.axis_box.currentIndexChanged.connect(lambda k: self.set_steps(k == 1))
        self.p_box = QCheckBox("P lanes")
        self.p_box.setChecked(True)
        self.p_box.setFocusPolicy(Qt.NoFocus)
        self.p_box.toggled.connect(self.set_show_p)
        self.info = QLabel()
        self.info.setTextFormat(Qt.RichText)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 0)
        bar.addWidget(QLabel("x axis:"))
        bar.addWidget(self.axis_box)
        bar.addWidget(self.p_box)
        bar.addStretch(1)
        bar.addWidget(self.info)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(bar)
        lay.addWidget(self.plot)

        player.trace_loaded.connect(self._trace_loaded)
        player.position_changed.connect(self._position_changed)
        player.goroutine_selected.connect(lambda _g: self._update_selection())
        self.set_theme(self._theme)
        if player.trace is not None:
            self._trace_loaded(player.trace)

    # -- settings ------------------------------------------------------------------------------
    def set_theme(self, theme) -> None:
        self._theme = theme
        self.plot.setBackground(theme.background)
        for ax in ("left", "bottom"):
            a = self.plot.getAxis(ax)
            a.setPen(pg.mkPen(theme.muted))
            a.setTextPen(pg.mkPen(theme.text))
        self.cursor.setPen(pg.mkPen(theme.accent, width=2))
        self.cursor.setHoverPen(pg.mkPen(theme.accent, width=4))
        acc = QColor(theme.accent)
        acc.setAlpha(28)
        self.selection.setBrush(QBrush(acc))
        for line in self.selection.lines:
            line.setPen(pg.mkPen(None))
        self._rebuild()

    def set_steps(self, steps: bool) -> None:
        if steps != self.steps:
            self.steps = steps
            self.axis.steps = steps
            self.axis_box.setCurrentIndex(1 if steps else 0)
            self._rebuild(reset_view=True)

    def set_show_p(self, show: bool) -> None:
        if show != self.show_p:
            self.show_p = show
            self.p_box.setChecked(show)
            self._rebuild(reset_view=True)

    # -- model -> picture ----------------------------------------------------------------------
    def _trace_loaded(self, trace) -> None:
        old = self.model
        self.model = self.player.model
        keep = (old is not None and self.model is not None
                and [ln.key for ln in old.lanes] == [ln.key for ln in self.model.lanes])
        self._rebuild(reset_view=not keep)

    def _x(self, t: int, i: int) -> float:
        return i if self.steps else t

    def _rebuild(self, reset_view: bool = False) -> None:
        m = self.model
        for it in self._labels:
            self.plot.removeItem(it)
        self._labels = []
        if m is None:
            self.lanes_item.rebuild(TimelineModel(), [], self.steps, self._theme)
            self.markers.setData([])
            self.plot.getAxis("left").setTicks([[]])
            self.selection.hide()
            self.info.setText("no trace")
            return
        self.rows = [k for k, ln in enumerate(m.lanes) if self.show_p or ln.key[0] != "p"]
        row_of = {k: r for r, k in enumerate(self.rows)}
        t = self._theme
        self.lanes_item.rebuild(m, self.rows, self.steps, t)
        # one brush per marker kind and one pen, shared by every spot: pyqtgraph then renders
        # each symbol once (per-spot brushes made a 100k-goroutine run take 40 s to draw)
        pen = pg.mkPen(t.background, width=1)
        brushes: dict[str, object] = {}
        xs, ys, symbols, brush_list, sizes, data = [], [], [], [], [], []
        for mk in m.markers:
            r = row_of.get(mk.lane)
            if r is None:
                continue
            b = brushes.get(mk.key)
            if b is None:
                b = brushes[mk.key] = pg.mkBrush(t.marker_color(mk.key))
            xs.append(self._x(mk.t, mk.i))
            ys.append(r + 0.5)
            symbols.append(SYMBOLS[mk.key])
            brush_list.append(b)
            sizes.append(13 if mk.key in ("defer_lost", "panic", "signal") else 11)
            data.append(mk.label)
        self.markers.setData(x=xs, y=ys, symbol=symbols, brush=brush_list, pen=pen, size=sizes,
                             data=data)
        # a few text labels in the signals row: signal names and the exit, merged when close
        x_end = max(1, m.n_events - 1) if self.steps else max(1, m.end_time)
        for x, text, key in merge_labels(m, self.steps, 0.04 * x_end)[:24]:
            right = x > 0.6 * x_end        # near the end: write leftwards
            item = pg.TextItem(text, color=t.marker_color(key), anchor=(1.0 if right else 0, 0.5))
            item.setPos(x + (-1 if right else 1) * 0.006 * x_end, 0.5)
            self.plot.addItem(item)
            self._labels.append(item)
        left = self.plot.getAxis("left")
        fm = self.fontMetrics()
        width = max((fm.horizontalAdvance(m.lanes[k].name) for k in self.rows[:2000]), default=40)
        left.setWidth(min(320, width + 16))
        vb = self.plot.getViewBox()
        x_end = max(1, m.n_events - 1) if self.steps else max(1, m.end_time)
        vb.setLimits(xMin=-0.05 * x_end, xMax=x_end * 1.08, yMin=-0.5, yMax=len(self.rows) + 0.5)
        if reset_view:
            vb.setRange(xRange=(-0.01 * x_end, x_end * 1.03),
                        yRange=(0, min(len(self.rows), self._rows_that_fit())), padding=0)
        self._label_rows()
        self._update_selection()
        self._position_changed(self.player.position)
        self.info.setText(self._info_text())

    def _rows_that_fit(self) -> int:
        """Lanes to show when a run opens: as many as can carry a readable name (at most 40)."""
        h = self.plot.getViewBox().height()
        if h <= 0:                                   # not laid out yet
            return 40
        return max(4, min(40, int(h / (self.fontMetrics().height() * LANE_LABEL_SPACING))))

    def _label_rows(self, *_args) -> None:
        """Name the visible lanes, every k-th one when they are too thin for every name to fit
        (5,000 goroutines zoomed out would otherwise print names on top of each other)."""
        m = self.model
        left = self.plot.getAxis("left")
        if m is None or not self.rows:
            left.setTicks([[]])
            return
        vb = self.plot.getViewBox()
        y0, y1 = vb.viewRange()[1]
        px_per_row = vb.height() / max(1e-9, y1 - y0)
        need = self.fontMetrics().height() * LANE_LABEL_SPACING
        every = max(1, math.ceil(need / px_per_row)) if px_per_row > 0 else 1
        lo, hi = max(0, int(y0)), min(len(self.rows), int(y1) + 1)
        left.setTicks([[(r + 0.5, m.lanes[self.rows[r]].name) for r in range(lo, hi)
                        if r % every == 0], []])

    def _info_text(self) -> str:
        m = self.model
        if m is None:
            return ""
        n = len(m.goroutine_lanes)
        end = fmt_ns(m.end_time)
        t = self._theme
        legend = "".join(f"<span style='color:{t.state_color(s)}'>■</span> {s} &nbsp;"
                         for s in ("running", "runnable", "waiting"))
        used = {mk.key for mk in m.markers}
        legend += "".join(f"<span style='color:{t.marker_color(k)}'>{MARKER_GLYPHS.get(sym, '●')}</span>"
                          f" {label} &nbsp;" for k, (label, sym) in themes.MARKERS.items()
                          if k in used and k != "exit")
        return (f"{legend}&nbsp;&nbsp;<span style='color:{t.muted}'>{n} goroutine{'s' if n != 1 else ''}"
                f" · {m.n_events} steps · {end}</span>")

    def _update_selection(self) -> None:
        gid = self.player.selected_gid
        m = self.model
        lane = m.lane_of(gid) if (m is not None and gid) else None
        if lane is None or lane not in self.rows:
            self.selection.hide()
            return
        r = self.rows.index(lane)
        self.selection.setRegion((r, r + 1))
        self.selection.show()

    # -- cursor --------------------------------------------------------------------------------
    def _position_changed(self, i: int) -> None:
        if self._dragging or self.player.trace is None or i < 0:
            return
        self.cursor.setValue(i if self.steps else self.player.trace.time(i))

    def _cursor_dragged(self) -> None:
        self._dragging = True
        try:
            x = self.cursor.value()
            if self.steps:
                self.player.seek(int(round(x)))
            else:
                self.player.seek_time(x)
        finally:
            self._dragging = False

    def cursor_x(self) -> float:
        return self.cursor.value()

    # -- mouse ---------------------------------------------------------------------------------
    def _lane_at(self, scene_pos):
        vb = self.plot.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos) or self.model is None:
            return None, None
        pt = vb.mapSceneToView(scene_pos)
        r = int(pt.y())
        if not 0 <= r < len(self.rows) or pt.y() < 0:
            return None, pt
        return self.rows[r], pt

    def _hover(self, scene_pos) -> None:
        lane, pt = self._lane_at(scene_pos)
        if lane is None or len(self.markers.pointsAt(pt)):
            return      # the marker's own tooltip wins
        m = self.model
        seg = m.segment_at(lane, pt.x(), self.steps)
        ln = m.lanes[lane]
        if seg is None:
            text = ln.name
        elif ln.key[0] == "p":
            text = f"{ln.name}: running {seg.reason}"
        else:
            what = f"{seg.state} ({seg.reason})" if seg.reason else seg.state
            text = f"{ln.name}\n{what}\n{fmt_ns(seg.t0)} → {fmt_ns(seg.t1)} · steps {seg.i0}–{seg.i1}"
        self.plot.getViewBox().setToolTip(text)

    def _clicked(self, ev) -> None:
        if ev.button() != Qt.LeftButton:
            return
        lane, pt = self._lane_at(ev.scenePos())
        if pt is None:
            return
        if lane is not None and self.model.lanes[lane].gid:
            self.player.select_goroutine(self.model.lanes[lane].gid)
        if self.steps:
            self.player.seek(int(round(pt.x())))
        else:
            self.player.seek_time(pt.x())
