"""Scheduler: Go's G-M-P picture at the current step.

One column per P: its M (OS thread) on top, the G it runs, its ``runnext`` slot and its local
run queue; the global run queue below, shared by every P; and a line with the most recent
scheduler event.  The data comes from ``app.scheduler_model.scheduler_snapshot`` (pure, tested
without Qt); this widget only lays it out and paints it, Mermaid-style: rounded boxes, thin
outlines, the theme's state colours.  Hover a G for its full name, click it to select it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from .. import theme as themes
from ..scheduler_model import scheduler_snapshot, short_ns

#: chips shown per local run queue before "+N more"; and for the global queue
LOCAL_SHOWN = 8
GLOBAL_SHOWN = 16

M = 12            # outer margin
GAP = 14          # between P columns
COL_MIN, COL_MAX = 160, 250
CHIP_W, CHIP_H, CHIP_GAP = 46, 24, 6
RADIUS = 9


class _Canvas(QWidget):
    """Paints one snapshot; its height follows the content (the scroll area scrolls)."""

    def __init__(self, view: "SchedulerView") -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self._ops: list = []
        self._hits: list[tuple[QRectF, int]] = []
        self._built_for = None

    # -- fonts ---------------------------------------------------------------------------------
    def _fonts(self) -> dict:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        def f(delta=0.0, bold=False):
            x = QFont(base)
            x.setPointSizeF(max(6.0, size + delta))
            x.setBold(bold)
            return x
        return {"title": f(1.5, True), "body": f(0), "bold": f(0, True), "small": f(-1),
                "chip": f(-0.5, True), "caption": f(-1.5)}

    # -- layout ----------------------------------------------------------------------------------
    def relayout(self) -> None:
        snap = self.view.snapshot
        width = max(self.view.viewport_width(), 320)
        self._ops, self._hits, h, w = _build_scene(snap, width, self.view.theme, self._fonts(),
                                                   self.view.player.selected_gid)
        self.setMinimumSize(QSize(int(w), int(h)))
        self.resize(max(int(w), width), max(int(h), self.view.scroll.viewport().height()))
        self.update()

    def paintEvent(self, _ev) -> None:
        t = self.view.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, True)
        p.setRenderHint(QPainter.TextAntialiasing, True)
        p.fillRect(self.rect(), QColor(t.background))
        fonts = self._fonts()
        for op in self._ops:
            kind = op[0]
            if kind == "box":
                _, r, fill, border, width, dashed, radius = op
                pen = QPen(QColor(border), width)
                if dashed:
                    pen.setStyle(Qt.DashLine)
                p.setPen(pen if border else Qt.NoPen)
                p.setBrush(QColor(fill) if fill else Qt.NoBrush)
                p.drawRoundedRect(r, radius, radius)
            elif kind == "text":
                _, r, text, color, font, flags = op
                p.setFont(fonts[font])
                p.setPen(QColor(color))
                fm = QFontMetricsF(fonts[font])
                shown = fm.elidedText(text, Qt.ElideRight, r.width()) if not flags & Qt.TextWordWrap else text
                p.drawText(r, int(flags), shown)
            elif kind == "line":
                _, a, b, color, width, dashed = op
                pen = QPen(QColor(color), width)
                if dashed:
                    pen.setStyle(Qt.DashLine)
                p.setPen(pen)
                p.drawLine(a, b)
            elif kind == "bar":
                _, r, color = op
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(color))
                p.drawRoundedRect(r, 2, 2)
        p.end()

    # -- interaction -----------------------------------------------------------------------------
    def _gid_at(self, pos) -> int:
        for r, gid in reversed(self._hits):
            if r.contains(QPointF(pos)):
                return gid
        return 0

    def event(self, ev) -> bool:
        if ev.type() == QEvent.ToolTip:
            gid = self._gid_at(ev.pos())
            snap = self.view.snapshot
            if gid and snap is not None:
                name = snap["names"].get(gid, f"G{gid}")
                st = snap["status"].get(gid, "")
                QToolTip.showText(ev.globalPos(), f"{name}\n{st}", self)
            else:
                QToolTip.hideText()
                ev.ignore()
            return True
        return super().event(ev)

    def mousePressEvent(self, ev) -> None:
        gid = self._gid_at(ev.position().toPoint())
        if gid:
            self.view.player.select_goroutine(gid)
        super().mousePressEvent(ev)

    def mouseMoveEvent(self, ev) -> None:
        self.setCursor(Qt.PointingHandCursor if self._gid_at(ev.position().toPoint())
                       else Qt.ArrowCursor)
        super().mouseMoveEvent(ev)


class SchedulerView(QWidget):
    """The M-P-G picture at ``player``'s current step (see the module docstring)."""

    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.theme = themes.current()
        self.snapshot: dict | None = None
        self._dirty = True
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(False)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.canvas = _Canvas(self)
        self.scroll.setWidget(self.canvas)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.scroll)
        player.position_changed.connect(lambda _i: self.refresh())
        player.trace_loaded.connect(lambda _t: self.refresh())
        player.goroutine_selected.connect(lambda _g: self.canvas.relayout())
        self.refresh()

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def viewport_width(self) -> int:
        return self.scroll.viewport().width()

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.canvas.relayout()

    def refresh(self) -> None:
        """Recompute the snapshot for the player's position (skipped while hidden)."""
        if not self.isVisible() and self.snapshot is not None:
            self._dirty = True
            return
        self._dirty = False
        tr = self.player.trace
        self.snapshot = scheduler_snapshot(tr, self.player.position) if tr is not None else None
        self.canvas.relayout()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if self._dirty:
            self.refresh()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self.canvas.relayout()


# -- the scene -------------------------------------------------------------------------------------
def _text_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    c = QColor(fill)
    lum = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return "#1f2328" if lum > 150 else "#ffffff"


def _mix(a: str, b: str, t: float) -> str:
    ca, cb = QColor(a), QColor(b)
    return QColor(int(ca.red() + (cb.red() - ca.red()) * t), int(ca.green() + (cb.green() - ca.green()) * t),
                  int(ca.blue() + (cb.blue() - ca.blue()) * t)).name()


def _build_scene(snap, width, t, fonts, selected):
    """Draw ops, hit boxes (rect, gid), content height and minimum width for ``snap``."""
    ops: list = []
    hits: list = []
    L = Qt.AlignLeft | Qt.AlignVCenter
    C = Qt.AlignCenter
    fm_body = QFontMetricsF(fonts["body"])
    line_h = fm_body.height()
    y = M
    if snap is None or snap["mode"] == "empty":
        ops.append(("text", QRectF(M, y, width - 2 * M, line_h * 2), "No trace: run a program to see its Ps, Ms and Gs.",
                    t.muted, "body", L))
        return ops, hits, y + line_h * 2 + M, 320

    procs = snap["procs"]
    n = max(1, len(procs))
    col = max(COL_MIN, min(COL_MAX + (70 if n <= 2 else 0), (width - 2 * M - GAP * (n - 1)) / n))
    cols_w = n * col + GAP * (n - 1)
    content_w = max(cols_w, width - 2 * M)
    total_w = cols_w + 2 * M
    x0 = M
    names, status = snap["names"], snap["status"]
    soft = _mix(t.surface, t.background, 0.35)

    def chip(r: QRectF, gid: int, label: str | None = None, state: str | None = None):
        st = state or status.get(gid, "runnable")
        fill = t.state_color(st)
        border = t.accent if gid and gid == selected else _mix(fill, t.text, 0.25)
        ops.append(("box", r, fill, border, 2.0 if gid == selected else 1.0, False, 6))
        ops.append(("bar", QRectF(r.x() + 3, r.y() + 4, 3, r.height() - 8), t.goroutine_color(gid)))
        ops.append(("text", r.adjusted(8, 0, -4, 0), label or f"G{gid}", _text_on(fill), "chip",
                    C if label is None else L))
        if gid:
            hits.append((QRectF(r), gid))

    def empty_slot(r: QRectF, text: str):
        ops.append(("box", r, None, t.grid, 1.0, True, 6))
        ops.append(("text", r, text, t.muted, "caption", C))

    def more_chip(r: QRectF, k: int):
        ops.append(("box", r, soft, t.grid, 1.0, False, 6))
        ops.append(("text", r, f"+{k} more", t.muted, "caption", C))

    def chips_rows(x, y, w, gids, total, limit):
        """Chips left to right, wrapping; returns the y below them."""
        shown = list(gids[:limit])
        extra = total - len(shown)
        items = [("g", g) for g in shown] + ([("more", extra)] if extra > 0 else [])
        if not items:
            empty_slot(QRectF(x, y, w, CHIP_H), "empty")
            return y + CHIP_H
        cx, cy, k = x, y, 0
        for kind, v in items:
            cw = CHIP_W if kind == "g" else max(CHIP_W + 12, 66)
            if k and cx + cw > x + w + 0.5:
                cx, cy, k = x, cy + CHIP_H + CHIP_GAP, 0
            r = QRectF(cx, cy, cw, CHIP_H)
            if kind == "g":
                if v:
                    chip(r, v)
                else:
                    ops.append(("box", r, soft, t.grid, 1.0, False, 6))
                    ops.append(("text", r, "G?", t.muted, "chip", C))
            else:
                more_chip(r, v)
            cx += cw + CHIP_GAP
            k += 1
        return cy + CHIP_H

    # header: title, step/time, latest event
    fm_title = QFontMetricsF(fonts["title"])
    ops.append(("text", QRectF(x0, y, content_w, fm_title.height()), "G-M-P scheduler", t.text, "title", L))
    right = f"step {snap['step']}  ·  t = {short_ns(snap['time'])}"
    ops.append(("text", QRectF(x0, y, min(content_w, width - 2 * M), fm_title.height()), right, t.muted, "small",
                Qt.AlignRight | Qt.AlignVCenter))
    y += fm_title.height() + 8
    ev_text = snap["event"] or "no scheduler event yet"
    wrap = fm_body.boundingRect(QRectF(0, 0, content_w - 20, 1000), int(Qt.TextWordWrap), ev_text)
    ev_h = max(line_h, wrap.height()) + 12
    ev_r = QRectF(x0, y, content_w, ev_h)
    ops.append(("box", ev_r, soft, t.grid, 1.0, False, 7))
    ops.append(("bar", QRectF(x0 + 1, y + 4, 3, ev_h - 8), t.accent))
    ops.append(("text", ev_r.adjusted(12, 6, -8, -6), ev_text, t.text if snap["event"] else t.muted,
                "body", Qt.AlignLeft | Qt.AlignVCenter | Qt.TextWordWrap))
    y += ev_h + 12

    queues = snap["mode"] == "queues"
    cap_h = QFontMetricsF(fonts["caption"]).height()
    # P box height: the same for every column (the tallest local queue decides)
    inner_w = col - 20
    per_row = max(1, int((inner_w + CHIP_GAP) // (CHIP_W + CHIP_GAP)))

    def queue_rows(q):
        k = min(len(q), LOCAL_SHOWN) + (1 if len(q) > LOCAL_SHOWN else 0)
        return max(1, -(-k // per_row))

    rows = max(queue_rows(pr["queue"]) for pr in procs) if queues else 0
    m_h, link, run_h = 30, 16, 36
    p_h = 30 + cap_h + 4 + run_h + 10
    if queues:
        p_h += cap_h + 4 + CHIP_H + 10 + cap_h + 4 + rows * CHIP_H + (rows - 1) * CHIP_GAP + 12
    else:
        p_h += cap_h + 4 + 12
    for k, pr in enumerate(procs):
        cx = x0 + k * (col + GAP)
        g = pr["running"]
        # M: the OS thread that executes this P's Gs
        mr = QRectF(cx + 18, y, col - 36, m_h)
        busy = bool(g)
        ops.append(("box", mr, t.surface if busy else None, t.muted if busy else t.grid, 1.0, not busy, 15))
        ops.append(("text", mr, f"M{pr['p']} · OS thread" + ("" if busy else " (idle)"),
                    t.text if busy else t.muted, "small", C))
        ops.append(("line", QPointF(cx + col / 2, y + m_h), QPointF(cx + col / 2, y + m_h + link),
                    t.muted if busy else t.grid, 1.5, not busy))
        py = y + m_h + link
        pr_r = QRectF(cx, py, col, p_h)
        ops.append(("box", pr_r, soft, t.accent, 1.5, False, RADIUS + 2))
        ops.append(("text", QRectF(cx + 12, py + 6, 60, 20), f"P{pr['p']}", t.accent, "title", L))
        ops.append(("text", QRectF(cx + 48, py + 6, col - 58, 20), "logical processor", t.muted,
                    "caption", Qt.AlignRight | Qt.AlignVCenter))
        iy = py + 30
        ix = cx + 10
        ops.append(("text", QRectF(ix, iy, inner_w, cap_h), "running", t.muted, "caption", L))
        iy += cap_h + 4
        rr = QRectF(ix, iy, inner_w, run_h)
        if g:
            st = status.get(g, "running")
            fill = t.state_color(st)
            border = t.accent if g == selected else _mix(fill, t.text, 0.25)
            ops.append(("box", rr, fill, border, 2.0 if g == selected else 1.0, False, 8))
            ops.append(("bar", QRectF(rr.x() + 4, rr.y() + 5, 4, rr.height() - 10), t.goroutine_color(g)))
            ops.append(("text", rr.adjusted(14, 0, -8, 0), names.get(g, f"G{g}"), _text_on(fill), "bold", L))
            hits.append((QRectF(rr), g))
        elif pr.get("picking"):
            pg = pr["picking"]
            ops.append(("box", rr, None, t.accent, 1.5, True, 8))
            ops.append(("bar", QRectF(rr.x() + 4, rr.y() + 5, 4, rr.height() - 10), t.goroutine_color(pg)))
            ops.append(("text", rr.adjusted(14, 0, -8, 0), f"{names.get(pg, f'G{pg}')}  ← scheduling",
                        t.accent, "bold", L))
            hits.append((QRectF(rr), pg))
        else:
            empty_slot(rr, "idle: no G")
        iy += run_h + 10
        if queues:
            ops.append(("text", QRectF(ix, iy, inner_w, cap_h), "runnext", t.muted, "caption", L))
            iy += cap_h + 4
            if pr["runnext"]:
                chip(QRectF(ix, iy, CHIP_W, CHIP_H), pr["runnext"])
                nm = names.get(pr["runnext"], "")
                ops.append(("text", QRectF(ix + CHIP_W + 8, iy, inner_w - CHIP_W - 8, CHIP_H),
                            nm.split(" ", 1)[1] if " " in nm else "", t.muted, "caption", L))
            else:
                empty_slot(QRectF(ix, iy, CHIP_W, CHIP_H), "—")
            iy += CHIP_H + 10
            q = pr["queue"]
            ops.append(("text", QRectF(ix, iy, inner_w, cap_h), f"local run queue · {len(q)}",
                        t.muted, "caption", L))
            iy += cap_h + 4
            chips_rows(ix, iy, inner_w, q, len(q), LOCAL_SHOWN)
        else:
            ops.append(("text", QRectF(ix, iy, inner_w, cap_h), "run queues not recorded",
                        t.muted, "caption", L))
    y += m_h + link + p_h + 14

    if queues:
        gl = snap["global"]
        gw = content_w - 24
        per = max(1, int((gw + CHIP_GAP) // (CHIP_W + CHIP_GAP)))
        k = min(len(gl), GLOBAL_SHOWN) + (1 if len(gl) > GLOBAL_SHOWN else 0)
        grow = max(1, -(-k // per))
        gh = 12 + cap_h + 6 + grow * CHIP_H + (grow - 1) * CHIP_GAP + 12
        gr = QRectF(x0, y, content_w, gh)
        ops.append(("box", gr, soft, t.muted, 1.2, False, RADIUS + 2))
        ops.append(("text", QRectF(x0 + 12, y + 10, gw, cap_h),
                    f"global run queue · {len(gl)}   (shared by every P; Gosched and preempted Gs go here)",
                    t.muted, "caption", L))
        chips_rows(x0 + 12, y + 12 + cap_h + 6, gw, gl, len(gl), GLOBAL_SHOWN)
        y += gh + 12
    else:
        c = snap["counts"]
        note = snap["note"]
        nh = line_h * 2 + 8
        ops.append(("text", QRectF(x0, y, content_w, nh), note, t.muted, "small",
                    Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap))
        y += nh + 6
        tiles = [("runnable", c["runnable"]), ("running", c["running"]), ("waiting", c["waiting"]),
                 ("dead", c["dead"])]
        tw = (content_w - 3 * 10) / 4
        for k, (st, v) in enumerate(tiles):
            r = QRectF(x0 + k * (tw + 10), y, tw, 54)
            fill = t.state_color(st) if st != "dead" else _mix(t.state_color(st), t.muted, 0.5)
            ops.append(("box", r, soft, t.grid, 1.0, False, RADIUS))
            ops.append(("bar", QRectF(r.x() + 6, r.y() + 8, 5, r.height() - 16), fill))
            ops.append(("text", QRectF(r.x() + 18, r.y() + 6, tw - 24, 26), f"{v:,}", t.text, "title", L))
            ops.append(("text", QRectF(r.x() + 18, r.y() + 30, tw - 24, 18), st, t.muted, "caption", L))
        y += 54 + 12

    # legend
    lx = x0
    fm_cap = QFontMetricsF(fonts["caption"])
    for st in ("running", "runnable", "waiting"):
        ops.append(("box", QRectF(lx, y + 2, 12, 12), t.state_color(st), _mix(t.state_color(st), t.text, 0.25),
                    1.0, False, 3))
        w = fm_cap.horizontalAdvance(st) + 6
        ops.append(("text", QRectF(lx + 16, y, w, 16), st, t.muted, "caption", L))
        lx += 16 + w + 14
    hint = "hover a G for its name · click to select it"
    ops.append(("text", QRectF(lx, y, max(0.0, x0 + content_w - lx), 16), hint, t.muted, "caption",
                Qt.AlignRight | Qt.AlignVCenter))
    y += 16 + M
    return ops, hits, y, total_w
