"""Defer stacks: each goroutine's frames with their deferred calls as stacked cards.

The top card of a frame is the one that runs first (LIFO).  Cards show the deferred call's
source text and its arguments, evaluated when ``defer`` executed.  Pushes slide in, pops fade
out; when the process ends, defers that never ran stay visible, crossed out, with the reason.
When the step changes, the block of the step's goroutine (else the selected one) is scrolled
into view; a plain re-layout (resize, theme) leaves the scroll where the user put it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import theme as themes

CARD_H = 44
FRAME_HEAD = 20
G_HEAD = 28
GAP = 6
PAD = 10
ANIM_MS = 260
ANIMATE_BELOW_SPEED = 30
MAX_SHOWN = 200               # goroutines laid out in "all" mode; the rest are counted      # steps/s: faster playback skips the animation


def _strip_comment(line: str) -> str:
    quote = ""
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif line.startswith("//", i):
            return line[:i]
        i += 1
    return line


def one_line(src: str) -> str:
    """A deferred call's source on one line: ``func() { fmt.Println(...) }()``, no comments."""
    return " ".join(x for x in (_strip_comment(ln).strip() for ln in src.splitlines()) if x)


@dataclass
class Card:
    id: int
    text: str
    args: str
    status: str
    reason: str
    rect: QRectF


class DeferCanvas(QWidget):
    """The painted cards (inside a scroll area)."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.items: list[tuple] = []        # (kind, rect, payload) draw list
        self.cards: dict[int, Card] = {}
        self.added: set[int] = set()
        self.ghosts: list[Card] = []
        self.progress = 1.0
        self.setMinimumWidth(260)

    def paintEvent(self, ev) -> None:
        t = self.view.theme
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        exposed = QRectF(ev.rect())
        p.fillRect(exposed, QColor(t.background))
        mono = themes.mono_font(10)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        bold = QFont(self.font())
        bold.setBold(True)
        for kind, rect, data in self.items:
            if not rect.adjusted(0, -20, 0, 20).intersects(exposed):
                continue            # only what the scroll area shows (thousands of cards)
            if kind == "banner":
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(t.error_bg if data[1] else t.surface))
                p.drawRoundedRect(rect, 6, 6)
                p.setPen(QColor(t.error if data[1] else t.text))
                p.setFont(bold)
                p.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignVCenter | Qt.TextWordWrap, data[0])
            elif kind == "ghead":
                gid, name, status, reason = data
                p.setPen(Qt.NoPen)
                p.setBrush(QColor(t.goroutine_color(gid)))
                p.drawRoundedRect(QRectF(rect.x(), rect.y() + 7, 6, rect.height() - 14), 3, 3)
                p.setFont(bold)
                p.setPen(QColor(t.text))
                fm = QFontMetrics(bold)
                label = fm.elidedText(name, Qt.ElideRight, int(rect.width() - 130))
                p.drawText(rect.adjusted(14, 0, 0, 0), Qt.AlignVCenter, label)
                badge = f"{status} · {reason}" if reason else status
                p.setFont(small)
                bw = QFontMetrics(small).horizontalAdvance(badge) + 14
                br = QRectF(rect.right() - bw, rect.y() + 5, bw, rect.height() - 10)
                c = QColor(t.state_color(status))
                p.setBrush(c)
                p.setPen(Qt.NoPen)
                p.drawRoundedRect(br, 8, 8)
                p.setPen(QColor("#ffffff" if status in ("running",) or t.dark else t.text))
                p.drawText(br, Qt.AlignCenter, badge)
            elif kind == "frame":
                p.setFont(small)
                p.setPen(QColor(t.muted))
                p.drawText(rect, Qt.AlignVCenter, data)
            elif kind == "empty":
                p.setFont(small)
                p.setPen(QColor(t.muted))
                p.drawText(rect.adjusted(14, 0, 0, 0), Qt.AlignVCenter, data)
            elif kind == "card":
                card = self.cards[data]
                r = QRectF(card.rect)
                opacity = 1.0
                if card.id in self.added and self.progress < 1:
                    opacity = self.progress
                    r.translate(0, -(1 - self.progress) * 14)
                p.setOpacity(opacity)
                self._card(p, r, card, mono, small)
                p.setOpacity(1.0)
        for g in self.ghosts:                 # popped defers fade out where they were
            if self.progress >= 1:
                break
            p.setOpacity(1 - self.progress)
            r = QRectF(g.rect).translated(18 * self.progress, 0)
            self._card(p, r, g, mono, small)
            p.setOpacity(1.0)
        p.end()

    def _card(self, p, r: QRectF, card: Card, mono, small) -> None:
        t = self.view.theme
        lost = card.status == "lost"
        border = {"lost": t.error, "running": t.accent, "done": t.marker_color("defer_run")}.get(
            card.status, t.grid)
        p.setBrush(QColor(t.error_bg if lost else t.surface))
        p.setPen(QPen(QColor(border), 2 if card.status in ("lost", "running") else 1))
        p.drawRoundedRect(r, 6, 6)
        inner = r.adjusted(10, 4, -10, -4)
        fm = QFontMetrics(mono)
        p.setFont(mono)
        p.setPen(QColor(t.error if lost else t.text))
        text = fm.elidedText("defer " + one_line(card.text), Qt.ElideRight, int(inner.width()))
        line1 = QRectF(inner.x(), inner.y(), inner.width(), inner.height() / 2)
        p.drawText(line1, Qt.AlignVCenter | Qt.AlignLeft, text)
        if lost:
            y = line1.center().y()
            p.setPen(QPen(QColor(t.error), 1.5))
            p.drawLine(int(inner.x()), int(y), int(inner.x() + fm.horizontalAdvance(text)), int(y))
        p.setFont(small)
        line2 = QRectF(inner.x(), inner.center().y(), inner.width(), inner.height() / 2)
        if lost:
            p.setPen(QColor(t.error))
            note = f"✗ never ran — {card.reason}"
        elif card.status == "running":
            p.setPen(QColor(t.accent))
            note = "▶ running now"
        elif card.status == "done":
            p.setPen(QColor(t.marker_color("defer_run")))
            note = "✓ ran"
        else:
            p.setPen(QColor(t.muted))
            note = "pending"
        if card.args:
            args = card.args.replace("\n", "\\n").replace("\t", "\\t")
            note += f"   ·   args: {args}"
        note = QFontMetrics(small).elidedText(note, Qt.ElideRight, int(inner.width()))
        p.drawText(line2, Qt.AlignVCenter | Qt.AlignLeft, note)


class DeferStacksView(QWidget):
    def __init__(self, player, parent=None) -> None:
        super().__init__(parent)
        self.player = player
        self.theme = themes.current()
        self.mode = "all"
        self.canvas = DeferCanvas(self)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        self.scroll.setFocusPolicy(Qt.NoFocus)
        self.mode_box = QComboBox()
        self.mode_box.addItems(["All goroutines", "Selected goroutine"])
        self.mode_box.setFocusPolicy(Qt.NoFocus)
        self.mode_box.currentIndexChanged.connect(
            lambda k: self.set_mode("selected" if k == 1 else "all"))
        self.hint = QLabel("top card runs first")
        self.hint.setStyleSheet("color: gray")
        top = QHBoxLayout()
        top.setContentsMargins(6, 2, 6, 2)
        top.addWidget(self.mode_box)
        top.addStretch(1)
        top.addWidget(self.hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(top)
        lay.addWidget(self.scroll)
        self._anim = QVariantAnimation(self, startValue=0.0, endValue=1.0, duration=ANIM_MS)
        self._anim.setEasingCurve(QEasingCurve.OutCubic)
        self._anim.valueChanged.connect(self._animate)
        self.blocks: dict[int, QRectF] = {}    # gid -> its block (head, frames, cards) on the canvas
        player.trace_loaded.connect(lambda _t: self.refresh(animate=False))
        player.position_changed.connect(self._position_changed)
        player.goroutine_selected.connect(self._goroutine_selected)

    def set_theme(self, theme) -> None:
        self.theme = theme
        self.canvas.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.mode_box.setCurrentIndex(1 if mode == "selected" else 0)
        self.refresh(animate=False)

    def _animate(self, v) -> None:
        self.canvas.progress = float(v)
        self.canvas.update()

    # -- layout --------------------------------------------------------------------------------
    def goroutines_shown(self, state) -> list:
        if state is None:
            return []
        gs = sorted(state.goroutines.values(), key=lambda g: g.gid)
        sel = self.player.selected_gid
        if self.mode == "selected" and sel:
            return [g for g in gs if g.gid == sel]
        return [g for g in gs if g.status != "dead" or any(f.defers for f in g.frames) or g.lost]

    def refresh(self, animate: bool = True) -> None:
        """Lay the cards out again (and animate pushes and pops)."""
        state = self.player.state()
        trace = self.player.trace
        c = self.canvas
        old = c.cards
        width = max(260, self.scroll.viewport().width() - 2)
        items: list[tuple] = []
        cards: dict[int, Card] = {}
        y = PAD
        w = width - 2 * PAD
        if state is not None and state.exit_status is not None:
            lost = sum(1 for g in state.goroutines.values() for f in g.frames for d in f.defers
                       if d.status == "lost")
            msg = f"Process exited: exit status {state.exit_status} — {state.exit_reason}"
            if lost:
                msg += f"  ·  {lost} defer{'s' if lost != 1 else ''} never ran"
            items.append(("banner", QRectF(PAD, y, w, 34), (msg, lost > 0)))
            y += 34 + GAP * 2
        shown = self.goroutines_shown(state)
        hidden = 0
        if len(shown) > MAX_SHOWN:        # 100k goroutines: the selected and running ones first
            sel = self.player.selected_gid
            shown.sort(key=lambda g: (g.gid != sel, g.status != "running", g.gid))
            hidden = len(shown) - MAX_SHOWN
            shown = sorted(shown[:MAX_SHOWN], key=lambda g: g.gid)
        if state is not None and not shown:
            items.append(("empty", QRectF(PAD, y, w, 24), "no goroutine selected" if
                          self.mode == "selected" else "no defers"))
            y += 24
        blocks: dict[int, QRectF] = {}
        for g in shown:
            top = y
            name = trace.goroutine_name(g.gid) if trace is not None else f"G{g.gid}"
            items.append(("ghead", QRectF(PAD, y, w, G_HEAD),
                          (g.gid, name, g.status, g.wait_reason if g.status == "waiting" else "")))
            y += G_HEAD + 2
            frames = [f for f in reversed(g.frames)]
            if not frames:
                items.append(("empty", QRectF(PAD, y, w, 20), "no frames (exited)" if
                              g.status == "dead" else "no frames"))
                y += 22
            for f in frames:
                where = f" — {f.pos.file}:{f.pos.line}" if f.pos else ""
                items.append(("frame", QRectF(PAD + 14, y, w - 14, FRAME_HEAD),
                              f"{f.func.removeprefix('main.')}(){where}"
                              + ("" if f.defers else "   · no defers")))
                y += FRAME_HEAD
                for d in reversed(f.defers):
                    r = QRectF(PAD + 14, y, w - 14, CARD_H)
                    cards[d.id] = Card(d.id, d.text, d.args, d.status, d.reason, r)
                    items.append(("card", r, d.id))
                    y += CARD_H + GAP
            blocks[g.gid] = QRectF(PAD, top, w, y - top)
            y += GAP * 2
        if hidden:
            items.append(("empty", QRectF(PAD, y, w, 24), f"… and {hidden} more goroutines with "
                          "defers: select one (Goroutines tab, or a timeline lane) to see it"))
            y += 24
        c.items = items
        self.blocks = blocks
        c.added = set(cards) - set(old) if animate else set()
        c.ghosts = [old[k] for k in set(old) - set(cards)] if animate else []
        for gcard in c.ghosts:
            gcard.status = "done"
        c.cards = cards
        c.setMinimumHeight(int(y + PAD))
        if animate and (c.added or c.ghosts) and self.player.speed < ANIMATE_BELOW_SPEED:
            self._anim.stop()
            c.progress = 0.0
            self._anim.start()
        else:
            c.progress = 1.0
        c.update()

    def current_gid(self) -> int:
        """The goroutine of the current step; for a step of none (signal delivery, exit) the
        selected goroutine, or 0."""
        tr, i = self.player.trace, self.player.position
        gid = tr.gid(i) if tr is not None and i >= 0 else 0
        return gid if gid in self.blocks else self.player.selected_gid

    def _position_changed(self, _i: int) -> None:
        self.refresh()
        self.follow()

    def _goroutine_selected(self, gid: int) -> None:
        self.refresh(animate=False)
        self.follow(gid)

    def follow(self, gid: int | None = None) -> None:
        """Scroll the block of ``gid`` (default: ``current_gid()``) into view: all of it when it
        fits, else its head."""
        r = self.blocks.get(gid or self.current_gid())
        if r is None:
            return
        self.canvas.resize(self.canvas.width(), max(self.canvas.height(), self.canvas.minimumHeight()))
        bar = self.scroll.verticalScrollBar()
        page = self.scroll.viewport().height()
        top, bottom = int(r.top()) - PAD, int(r.bottom()) + PAD
        v = bar.value()
        if bottom > v + page:
            v = bottom - page
        if top < v:
            v = top
        bar.setValue(max(0, v))

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self.refresh(animate=False)
